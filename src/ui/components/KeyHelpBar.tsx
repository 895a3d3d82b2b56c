// The footer: the keys of this screen, generated from the key map (help first, so it is
// never the one cut off).
import { Text } from "ink";
import stringWidth from "string-width";
import type { Lang } from "../../../lessons/frame.ts";
import { commandsOf, keyLabel, keyMap, type Command, type Scope } from "../keys.ts";
import { useTheme } from "../theme.ts";

export function helpBarItems(scope: Scope, lang: Lang): { keys: string; help: string }[] {
  const own = commandsOf(scope).filter((c) => (keyMap[c] as { bar?: boolean }).bar);
  const global: Command[] = scope === "editor" ? [] : ["help", "language"];
  // No-break spaces inside an item: the bar wraps between items, never inside one.
  const glue = (text: string): string => text.replace(/ /g, "\u00a0");
  return [...global, ...own].map((c) => ({ keys: glue(keyLabel(c, lang)), help: glue(keyMap[c].help[lang]) }));
}

/** Lines the bar takes at this width (it wraps between items). */
export function helpBarHeight(scope: Scope, lang: Lang, columns: number): number {
  let lines = 1;
  let used = 0;
  for (const item of helpBarItems(scope, lang)) {
    const w = stringWidth(`${item.keys} ${item.help}`) + 2;
    if (used > 0 && used + w > columns) {
      lines++;
      used = 0;
    }
    used += w;
  }
  return lines;
}

export function KeyHelpBar({ scope, lang }: { scope: Scope; lang: Lang }) {
  const theme = useTheme();
  return (
    <Text wrap="wrap">
      {helpBarItems(scope, lang).map((item, i) => (
        <Text key={i}>
          <Text bold color={theme.ui.key}>
            {item.keys}
          </Text>
          <Text color={theme.text.secondary}> {item.help}</Text>
          {"  "}
        </Text>
      ))}
    </Text>
  );
}
