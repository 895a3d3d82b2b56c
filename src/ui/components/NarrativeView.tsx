// This step's heading and its sentences (or an exercise's task and hints, each hint's lead apart), wrapped by the planner (CJK-aware), shown through a
// window the learner scrolls; a mark line says when there is more above or below.
import { Box, Text } from "ink";
import type { Lang } from "../../i18n.ts";
import type { TextWindow } from "../../draw/plan.ts";
import { uiStrings } from "../strings.ts";
import { useTheme } from "../theme.ts";

export function NarrativeView({ window, lang }: { window: TextWindow; lang: Lang }) {
  const theme = useTheme();
  const t = uiStrings(lang);
  const lines = window.lines.slice(window.start, window.start + window.shown);
  const mark = window.below ? t.moreBelow : window.above ? t.moreAbove : undefined;
  return (
    <Box flexDirection="column" flexShrink={0}>
      {lines.map((line, i) => (
        <Text key={window.start + i} bold={line.heading} color={line.heading ? theme.text.heading : undefined} wrap="truncate-end">
          {line.lead && (
            <Text bold color={theme.status.info}>
              {line.lead}
            </Text>
          )}
          {line.text}
        </Text>
      ))}
      {mark && (
        <Text color={theme.text.accent} wrap="truncate-end">
          {mark}
        </Text>
      )}
    </Box>
  );
}
