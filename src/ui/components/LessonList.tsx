// The menu's list: number, title, one-line summary and a done mark; the selected row
// carries a › cue as well as colour.
import { Box, Text } from "ink";
import type { Lang } from "../../../lessons/frame.ts";
import type { Lesson } from "../../../lessons/lesson.ts";
import { uiStrings } from "../strings.ts";
import { useTheme } from "../theme.ts";

/** What the menu shows of a lesson: a Lesson or its catalog entry (lessons/catalog.ts). */
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

/** The first and past-the-last lesson shown so that `selected` is visible in `fit` rows. */
export function listWindow(count: number, selected: number, fit: number): [number, number] {
  if (fit >= count) return [0, count];
  const start = Math.max(0, Math.min(count - fit, selected - Math.floor(fit / 2)));
  return [start, start + fit];
}

export function LessonList({ lessons, selected, done, lang, compact = false, maxLines = Infinity }: LessonListProps) {
  const theme = useTheme();
  const t = uiStrings(lang);
  if (lessons.length === 0) return <Text color={theme.status.warning}>{t.noLessons}</Text>;
  // Compact rows are 2 lines; the window leaves a line for the "more" marks.
  const [start, end] = compact ? listWindow(lessons.length, selected, Math.max(1, Math.floor((maxLines - 2) / 2))) : [0, lessons.length];
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
            <Text wrap="truncate-end" color={isSelected ? theme.ui.selected : undefined} bold={isSelected}>
              {`${isSelected ? "› " : "  "}${lesson.number}. ${lesson.title[lang]}`}
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
