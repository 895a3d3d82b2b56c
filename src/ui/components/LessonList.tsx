// The menu's list: number, title, one-line summary and a done mark; the selected row
// carries a › cue as well as colour.
import { Box, Text } from "ink";
import type { Lang } from "../../../lessons/frame.ts";
import type { Lesson } from "../../../lessons/lesson.ts";
import { uiStrings } from "../strings.ts";
import { useTheme } from "../theme.ts";

export interface LessonListProps {
  lessons: readonly Lesson[];
  selected: number;
  done: readonly string[];
  lang: Lang;
  /** Short screens: no blank line between lessons, summaries on one line. */
  compact?: boolean;
}

export function LessonList({ lessons, selected, done, lang, compact = false }: LessonListProps) {
  const theme = useTheme();
  const t = uiStrings(lang);
  if (lessons.length === 0) return <Text color={theme.status.warning}>{t.noLessons}</Text>;
  return (
    <Box flexDirection="column">
      {lessons.map((lesson, i) => {
        const isSelected = i === selected;
        const isDone = done.includes(lesson.id);
        return (
          <Box key={lesson.id} flexDirection="column" marginBottom={compact ? 0 : 1}>
            <Text wrap="truncate-end">
              <Text color={theme.ui.selected} bold>
                {isSelected ? "› " : "  "}
              </Text>
              <Text color={isSelected ? theme.ui.selected : undefined} bold={isSelected} inverse={false}>
                {lesson.number}. {lesson.title[lang]}
              </Text>
              <Text color={theme.ui.done}>{isDone ? ` ${t.doneMark}` : ""}</Text>
            </Text>
            <Box marginLeft={5}>
              <Text color={theme.text.secondary} wrap={compact ? "truncate-end" : "wrap"}>
                {lesson.summary[lang]}
              </Text>
            </Box>
          </Box>
        );
      })}
    </Box>
  );
}
