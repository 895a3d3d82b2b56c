// `?`: every key of every scope, generated from the same key map the screens use.
import { Box, Text } from "ink";
import stringWidth from "string-width";
import type { Lang } from "../../i18n.ts";
import { commandsOf, keyLabel, keyMap, type Command, type KeyWords, type Scope } from "../keys.ts";
import { uiStrings } from "../strings.ts";
import { useTheme } from "../theme.ts";

const SCOPES: readonly Scope[] = ["menu", "lesson", "editor", "exercise", "global"];
/** `convlab practice` is a screen of its own: its help lists only its keys. */
const PRACTICE_SCOPES: readonly Scope[] = ["practice", "practiceList", "global"];

/** The scopes shown, the one in use first; on a short screen only what fits (the active one always). */
export function helpScopes(active: Scope, rows = Infinity, wide = false, hide: readonly Command[] = []): Scope[] {
  const scopes = PRACTICE_SCOPES.includes(active) ? PRACTICE_SCOPES : SCOPES;
  const all = [active, ...scopes.filter((s) => s !== active)];
  const height = (scopes: Scope[]): number => {
    const blocks = scopes.map((s) => shown(s, hide).length + 1);
    // Wide: blocks side by side in pairs; narrow: one under another. Plus title and border.
    const body = wide ? blocks.reduce((h, b, i) => (i % 2 === 0 ? h + Math.max(b, blocks[i + 1] ?? 0) : h), 0) : blocks.reduce((a, b) => a + b, 0);
    return body + 3;
  };
  for (const candidate of [all, [active, "global" as const], [active]]) {
    const unique = [...new Set(candidate)];
    if (height(unique) <= rows - 1) return unique;
  }
  return [active];
}

/** A scope's commands, less the hidden ones (keys the open lesson does not act on). */
const shown = (scope: Scope, hide: readonly Command[]): Command[] => commandsOf(scope).filter((c) => !hide.includes(c));

/** `words`: the open lesson's own words for some keys (its choices), as its key bar shows them. */
export function HelpOverlay({ lang, active, wide, rows, hide = [], words = {} }: { lang: Lang; active: Scope; wide: boolean; rows?: number; hide?: readonly Command[]; words?: Partial<Record<Command, KeyWords>> }) {
  const theme = useTheme();
  const t = uiStrings(lang);
  const width = Math.max(...Object.keys(keyMap).map((c) => stringWidth(keyLabel(c as keyof typeof keyMap, lang))));
  const blocks = helpScopes(active, rows, wide, hide).map((scope) => (
    <Box key={scope} flexDirection="column" marginRight={3}>
      <Text bold color={theme.text.heading}>
        {t.scopes[scope]}
      </Text>
      {shown(scope, hide).map((c) => {
        const keys = words[c]?.keys ?? keyLabel(c, lang);
        return (
          <Text key={c} wrap="truncate-end">
            {"  "}
            <Text bold color={theme.ui.key}>
              {keys}
            </Text>
            {" ".repeat(width - stringWidth(keys) + 2)}
            {words[c]?.help ?? keyMap[c].help[lang]}
          </Text>
        );
      })}
    </Box>
  ));
  return (
    <Box flexDirection="column" borderStyle="round" borderColor={theme.ui.border} paddingX={1}>
      <Text bold>
        {t.helpTitle} <Text color={theme.text.secondary}>— {t.helpClose}</Text>
      </Text>
      {wide ? (
        <Box flexDirection="row" flexWrap="wrap">
          {blocks}
        </Box>
      ) : (
        blocks
      )}
    </Box>
  );
}
