// The key bar's items, from the key map: this screen's keys with their short bar labels, in
// the map's order (help first), as many as fit; components/KeyHelpBar.tsx draws them.
import stringWidth from "string-width";
import type { Lang } from "../../lessons/frame.ts";
import { commandsOf, keyLabel, keyMap, type Command, type Scope } from "./keys.ts";

export const SEPARATOR = "  ";

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
