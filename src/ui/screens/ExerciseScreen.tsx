// An exercise after a lesson: the task and the hints asked for (one text that scrolls behind a
// mark, as a lesson's narrative does), the answer being edited, the verdict of the last check
// with what the engine computed. Every size comes from the one planner (src/draw/plan.ts).
import { Box, Text } from "ink";
import type { Lang } from "../../i18n.ts";
import type { Lesson } from "../../../lessons/lesson.ts";
import { AnswerFields } from "../components/AnswerFields.tsx";
import { Header } from "../components/Header.tsx";
import { KeyHelpBar } from "../components/KeyHelpBar.tsx";
import { NarrativeView } from "../components/NarrativeView.tsx";
import { NoticeLine, noticeText } from "../components/NoticeLine.tsx";
import { statusLines } from "../components/StatusLine.tsx";
import { Verdict, verdictHeight } from "../components/Verdict.tsx";
import { COLUMN_GAP, headerGap, planExercise, type Size } from "../../draw/plan.ts";
import { currentEditor, currentExercise, type ExerciseState } from "../state/exercise.ts";
import { uiStrings } from "../strings.ts";
import { useTheme } from "../theme.ts";
import { wrapText } from "../../draw/wrap.ts";

export interface ExerciseScreenProps {
  work: ExerciseState;
  lesson: Lesson;
  solved: readonly string[];
  /** Once the last exercise is solved: where `n` goes ("→ next lesson: 4. …"). */
  offer?: string;
  lang: Lang;
  size: Size;
}

/** Lines the answer fields take: the tallest field (title and rows) of the one row they share. */
function answerLines(work: ExerciseState): number {
  const { drafts } = currentEditor(work);
  return Math.max(...currentExercise(work).fields.map((f) => 1 + (drafts[f.id]?.length ?? 1)));
}

export function ExerciseScreen({ work, lesson, solved, offer, lang, size }: ExerciseScreenProps) {
  const t = uiStrings(lang);
  const theme = useTheme();
  const offerLines = offer ? wrapText(offer, size.columns) : [];
  const exercise = currentExercise(work);
  const text = exercise.text(lang);
  const footerLines = offerLines.length + (work.notice ? statusLines(noticeText(work.notice, lang), size.columns).length : 0) + 1;
  const plan = planExercise({ title: text.title, prompt: text.prompt, hints: text.hints.slice(0, work.hints) }, size, {
    footerLines,
    answerLines: answerLines(work),
    verdictLines: (width) => verdictHeight(work.result, lang, width),
    hintLabel: t.hint,
    scroll: work.scroll,
  });
  const task = <NarrativeView window={plan.text} lang={lang} />;
  const answer = (
    <>
      <AnswerFields work={work} lang={lang} />
      <Verdict result={work.result} lang={lang} width={plan.answerWidth} room={plan.verdictRoom} page={Math.max(0, work.scroll)} />
    </>
  );
  return (
    <Box flexDirection="column" flexGrow={1}>
      <Header
        title={`${lesson.number}. ${lesson.title[lang]}`}
        detail={t.exerciseOf(work.index + 1, work.list.length)}
        right={solved.includes(exercise.id) ? t.solved : undefined}
      />
      {plan.wide ? (
        <Box flexDirection="row" columnGap={COLUMN_GAP} marginTop={headerGap(size)} height={plan.body} flexShrink={0} overflow="hidden">
          <Box flexDirection="column" width={plan.answerWidth} flexShrink={0} rowGap={1}>
            {answer}
          </Box>
          <Box flexDirection="column" width={plan.textWidth} flexShrink={0}>
            {task}
          </Box>
        </Box>
      ) : (
        <Box flexDirection="column" marginTop={headerGap(size)} height={plan.body} flexShrink={0} overflow="hidden" rowGap={1}>
          {task}
          {answer}
        </Box>
      )}
      <Box flexGrow={1} />
      {offerLines.map((line, i) => (
        <Text key={i} color={theme.text.accent} bold wrap="truncate-end">
          {line}
        </Text>
      ))}
      <NoticeLine notice={work.notice} lang={lang} width={size.columns} />
      <KeyHelpBar scope="exercise" lang={lang} columns={size.columns} />
    </Box>
  );
}
