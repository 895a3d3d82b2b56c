// The hints asked for so far, numbered, one under another.
import { Box, Text } from "ink";
import type { Lang } from "../../i18n.ts";
import { uiStrings } from "../strings.ts";
import { useTheme } from "../theme.ts";

export function HintList({ hints, lang }: { hints: readonly string[]; lang: Lang }) {
  const theme = useTheme();
  if (hints.length === 0) return null;
  return (
    <Box flexDirection="column">
      {hints.map((h, i) => (
        <Text key={i} wrap="wrap">
          <Text bold color={theme.status.info}>
            {uiStrings(lang).hint(i + 1)}:{" "}
          </Text>
          {h}
        </Text>
      ))}
    </Box>
  );
}
