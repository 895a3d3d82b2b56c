// `?`: every key of every scope, generated from the same key map the screens use.
import { Box, Text } from "ink";
import stringWidth from "string-width";
import type { Lang } from "../../../lessons/frame.ts";
import { commandsOf, keyLabel, keyMap, type Scope } from "../keys.ts";
import { uiStrings } from "../strings.ts";
import { useTheme } from "../theme.ts";

const SCOPES: readonly Scope[] = ["menu", "lesson", "editor", "global"];

/** The scopes shown, the one in use first. */
export function helpScopes(active: Scope): Scope[] {
  return [active, ...SCOPES.filter((s) => s !== active)];
}

export function HelpOverlay({ lang, active, wide }: { lang: Lang; active: Scope; wide: boolean }) {
  const theme = useTheme();
  const t = uiStrings(lang);
  const width = Math.max(...Object.keys(keyMap).map((c) => stringWidth(keyLabel(c as keyof typeof keyMap, lang))));
  const blocks = helpScopes(active).map((scope) => (
    <Box key={scope} flexDirection="column" marginRight={3} marginBottom={wide ? 0 : 0}>
      <Text bold color={theme.text.heading}>
        {t.scopes[scope]}
      </Text>
      {commandsOf(scope).map((c) => {
        const keys = keyLabel(c, lang);
        return (
          <Text key={c} wrap="truncate-end">
            {"  "}
            <Text bold color={theme.ui.key}>
              {keys}
            </Text>
            {" ".repeat(width - stringWidth(keys) + 2)}
            {keyMap[c].help[lang]}
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
