// The menu's list: number, title, one-line summary and a done mark; the selected row
// carries a › cue as well as colour.
import { Box, Text } from "ink";
import type { Lang } from "../../i18n.ts";
import type { Lesson } from "../../../lessons/lesson.ts";
import { lessonWindow } from "../layout.ts";
import { uiStrings } from "../strings.ts";
import { useTheme } from "../theme.ts";

/** What the menu shows of a lesson. */
export type MenuLesson = Pick<Lesson, "id" | "number" | "title" | "summary">;

export interface LessonListProps {
  lessons: readonly MenuLesson[];
  selected: number;
  done: readonly string[];
  lang: Lang;
  /** Short screens: no blank line between lessons, summaries on one line. */
  compact?: boolean;
  /** Lines available; a longer list shows a window around the selected lesson. */
  maxLines?: number;
}

export function LessonList({ lessons, selected, done, lang, compact = false, maxLines = Infinity }: LessonListProps) {
  const theme = useTheme();
  const t = uiStrings(lang);
  if (lessons.length === 0) return <Text color={theme.status.warning}>{t.noLessons}</Text>;
  const [start, end] = lessonWindow(lessons.length, selected, maxLines, compact);
  return (
    <Box flexDirection="column">
      {start > 0 && <Text color={theme.text.secondary}>  ↑ {start}</Text>}
      {lessons.slice(start, end).map((lesson, k) => {
        const i = start + k;
        const isSelected = i === selected;
        const isDone = done.includes(lesson.id);
        return (
          <Box key={lesson.id} flexDirection="column" marginBottom={compact ? 0 : 1}>
            {/* One string per style: every Text is a node to reconcile, measure and draw, and
                the menu is the first frame, drawn while all of that code is still cold. */}
            <Text wrap="truncate-end">
              <Text color={isSelected ? theme.ui.selected : undefined} bold={isSelected}>
                {`${isSelected ? "› " : "  "}${lesson.number}. ${lesson.title[lang]}`}
              </Text>
              {isDone && <Text color={theme.ui.done}>{` ${t.doneMark}`}</Text>}
            </Text>
            <Box marginLeft={5}>
              <Text color={theme.text.secondary} wrap={compact ? "truncate-end" : "wrap"}>
                {lesson.summary[lang]}
              </Text>
            </Box>
          </Box>
        );
      })}
      {end < lessons.length && <Text color={theme.text.secondary}>  ↓ {lessons.length - end}</Text>}
    </Box>
  );
}
