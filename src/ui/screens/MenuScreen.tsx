// The menu: header with the progress count, the lesson list, the keys.
import { Box, Text } from "ink";
import type { Lang } from "../../i18n.ts";
import { Header } from "../components/Header.tsx";
import { KeyHelpBar } from "../components/KeyHelpBar.tsx";
import { LessonList, type MenuLesson } from "../components/LessonList.tsx";
import { NoticeLine } from "../components/NoticeLine.tsx";
import type { Notice } from "../state/notice.ts";
import { isCompactList, menuListLines, textHeight } from "../layout.ts";
import { progressLine } from "../progress.ts";
import { uiStrings } from "../strings.ts";
import { useTheme } from "../theme.ts";

export interface MenuScreenProps {
  lessons: readonly MenuLesson[];
  selected: number;
  done: readonly string[];
  lang: Lang;
  notice?: Notice;
  warning?: string;
  /** Solved exercises, for the count beside the lessons'. */
  exercises?: { done: number; total: number };
  /** The practice track (`convlab practice`): a line under the lessons. */
  practice?: { done: number; total: number };
  columns: number;
  rows: number;
}

export function MenuScreen({ lessons, selected, done, lang, notice, warning, exercises, practice, columns, rows }: MenuScreenProps) {
  const theme = useTheme();
  const t = uiStrings(lang);
  const track = practice && t.practiceTrack(practice.done, practice.total);
  const listLines = menuListLines(rows, (warning ? textHeight(warning, columns) : 0) + (notice ? 2 : 0) + (track ? 1 : 0));
  return (
    <Box flexDirection="column" flexGrow={1}>
      <Header title={t.tagline} right={progressLine(lang, lessons.map((l) => l.id), done, exercises)} />
      <Box marginTop={1} flexDirection="column" flexGrow={1}>
        <Text bold color={theme.text.heading}>
          {t.lessonsHeading}
        </Text>
        <LessonList lessons={lessons} selected={selected} done={done} lang={lang} compact={isCompactList(lessons.length, listLines)} maxLines={listLines} />
        {track && (
          <Text color={theme.text.secondary} wrap="truncate-end">
            {track}
          </Text>
        )}
        {warning && (
          <Text color={theme.status.warning} wrap="wrap">
            {warning}
          </Text>
        )}
        <NoticeLine notice={notice} lang={lang} width={columns} />
      </Box>
      <KeyHelpBar scope="menu" lang={lang} columns={columns} />
    </Box>
  );
}
