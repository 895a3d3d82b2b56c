// The menu: the header, the lessons heading with the progress counts, the lesson list (laid out
// by planMenuList to show every lesson whole when it can), the practice track, a line of
// congratulation once everything of a kind is done, and the keys.
import { Box, Text } from "ink";
import type { Lang } from "../../i18n.ts";
import { celebrationText } from "../../store/messages.ts";
import { Header } from "../components/Header.tsx";
import { KeyHelpBar } from "../components/KeyHelpBar.tsx";
import { LessonList } from "../components/LessonList.tsx";
import { NoticeLine, noticeText } from "../components/NoticeLine.tsx";
import { statusLines } from "../components/StatusLine.tsx";
import type { Notice } from "../state/notice.ts";
import type { Lesson } from "../../../lessons/lesson.ts";
import { menuListLines, planMenuList, textHeight } from "../layout.ts";
import { progressLine } from "../progress.ts";
import { uiStrings } from "../strings.ts";
import { wrapText } from "../../draw/wrap.ts";
import { useTheme } from "../theme.ts";

/** What the menu shows of a lesson. */
export type MenuLesson = Pick<Lesson, "id" | "number" | "title" | "summary">;

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
  const lessonsDone = lessons.filter((l) => done.includes(l.id)).length;
  const celebration = celebrationText({ lessonsDone, lessonsTotal: lessons.length, exercisesDone: exercises?.done ?? 0, exercisesTotal: exercises?.total ?? 0 }, lang);
  const others = [track, celebration, warning].reduce((n, text) => n + (text ? textHeight(text, columns) : 0), 0) + (notice ? statusLines(noticeText(notice, lang), columns).length : 0);
  const entries = lessons.map((l) => ({ number: l.number, title: l.title[lang], summary: l.summary[lang], done: done.includes(l.id) }));
  const plan = planMenuList(entries, selected, columns, menuListLines(rows, others), t.doneMark);
  // wrapped here, as measured above, so what is drawn is what the plan counted
  const lines = (text: string, color: string | undefined, bold = false) =>
    wrapText(text, columns).map((line, i) => (
      <Text key={i} color={color} bold={bold} wrap="truncate-end">
        {line}
      </Text>
    ));
  return (
    <Box flexDirection="column" flexGrow={1}>
      <Header title={t.tagline} />
      <Box marginTop={plan.spare > 0 ? 1 : 0} flexDirection="column" flexGrow={1}>
        <Box justifyContent="space-between">
          <Text bold color={theme.text.heading}>
            {t.lessonsHeading}
          </Text>
          <Text color={theme.text.secondary} wrap="truncate-end">
            {progressLine(lang, lessons.map((l) => l.id), done, exercises)}
          </Text>
        </Box>
        {lessons.length === 0 ? <Text color={theme.status.warning}>{t.noLessons}</Text> : <LessonList lines={plan.lines} selected={selected} />}
        {plan.spare > 1 && <Text> </Text>}
        {celebration && lines(celebration, theme.ui.done, true)}
        {track && lines(track, theme.text.secondary)}
        {warning && lines(warning, theme.status.warning)}
        <NoticeLine notice={notice} lang={lang} width={columns} />
      </Box>
      <KeyHelpBar scope="menu" lang={lang} columns={columns} />
    </Box>
  );
}
