// The footer: one line of this screen's keys, generated from the key map with the short
// bar labels, in the map's order (help first), as many as fit; `?` lists them all.
import { Text } from "ink";
import { Fragment } from "react";
import stringWidth from "string-width";
import type { Lang } from "../../../lessons/frame.ts";
import { commandsOf, keyLabel, keyMap, type Command, type Scope } from "../keys.ts";
import { useTheme } from "../theme.ts";

const SEPARATOR = "  ";

export function helpBarItems(scope: Scope, lang: Lang, hide: readonly Command[] = []): { keys: string; text: string }[] {
  const global: Command[] = scope === "editor" ? [] : ["help"];
  const own = commandsOf(scope).filter((c) => !hide.includes(c));
  const last: Command[] = scope === "editor" ? [] : ["language"];
  return [...global, ...own, ...last].flatMap((c) => {
    const bar = (keyMap[c] as { bar?: Record<Lang, string> }).bar;
    return bar ? [{ keys: keyLabel(c, lang), text: bar[lang] }] : [];
  });
}

/** The items that fit in one line of `columns`. */
export function fittingItems(scope: Scope, lang: Lang, columns: number, hide: readonly Command[] = []): { keys: string; text: string }[] {
  const out: { keys: string; text: string }[] = [];
  let used = 0;
  for (const item of helpBarItems(scope, lang, hide)) {
    const w = stringWidth(`${item.keys} ${item.text}`) + (out.length > 0 ? SEPARATOR.length : 0);
    if (used + w > columns) break;
    out.push(item);
    used += w;
  }
  return out;
}

/** `hide`: keys that would do nothing on this screen (e.g. a lesson without a learning rate). */
export function KeyHelpBar({ scope, lang, columns, hide }: { scope: Scope; lang: Lang; columns: number; hide?: readonly Command[] }) {
  const theme = useTheme();
  return (
    <Text wrap="truncate-end">
      {fittingItems(scope, lang, columns, hide).map((item, i) => (
        <Fragment key={i}>
          {i > 0 && SEPARATOR}
          <Text bold color={theme.ui.key}>
            {item.keys}
          </Text>
          <Text color={theme.text.secondary}>{` ${item.text}`}</Text>
        </Fragment>
      ))}
    </Text>
  );
}
