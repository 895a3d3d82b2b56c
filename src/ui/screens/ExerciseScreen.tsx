// An exercise after a lesson: the task, the answer being edited, the verdict of the last
// check with what the engine computed, and the hints asked for. Side by side when wide.
import { Box, Text } from "ink";
import type { Lang } from "../../i18n.ts";
import type { Lesson } from "../../../lessons/lesson.ts";
import { AnswerFields } from "../components/AnswerFields.tsx";
import { Header } from "../components/Header.tsx";
import { HintList } from "../components/HintList.tsx";
import { KeyHelpBar } from "../components/KeyHelpBar.tsx";
import { NarrativeView } from "../components/NarrativeView.tsx";
import { NoticeLine } from "../components/NoticeLine.tsx";
import { Verdict } from "../components/Verdict.tsx";
import { COLUMN_GAP, isWide, narrativeLines, textWindow, type Size } from "../../draw/plan.ts";
import { currentExercise, type ExerciseState } from "../state/exercise.ts";
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

export function ExerciseScreen({ work, lesson, solved, offer, lang, size }: ExerciseScreenProps) {
  const t = uiStrings(lang);
  const theme = useTheme();
  const exercise = currentExercise(work);
  const text = exercise.text(lang);
  const header = (
    <Header
      title={`${lesson.number}. ${lesson.title[lang]}`}
      detail={t.exerciseOf(work.index + 1, work.list.length)}
      right={solved.includes(exercise.id) ? t.solved : undefined}
    />
  );
  const hints = <HintList hints={text.hints.slice(0, work.hints)} lang={lang} />;
  const offerLines = offer ? wrapText(offer, size.columns) : [];
  const footer = (
    <>
      {offerLines.map((line, i) => (
        <Text key={i} color={theme.text.accent} bold wrap="truncate-end">
          {line}
        </Text>
      ))}
      <NoticeLine notice={work.notice} lang={lang} width={size.columns} />
      <KeyHelpBar scope="exercise" lang={lang} columns={size.columns} />
    </>
  );
  // The live area is rows-1: header, a blank line, the body, the offer, the notice and the key bar.
  const body = size.rows - 1 - 2 - offerLines.length - (work.notice ? 1 : 0) - 1;
  if (isWide(size)) {
    const right = Math.max(40, Math.floor(size.columns * 0.45));
    const left = size.columns - right - COLUMN_GAP;
    return (
      <Box flexDirection="column" flexGrow={1}>
        {header}
        <Box flexDirection="row" columnGap={COLUMN_GAP} marginTop={1} height={body} flexShrink={0} overflow="hidden">
          <Box flexDirection="column" width={left} flexShrink={0} rowGap={1}>
            <AnswerFields work={work} lang={lang} />
            <Verdict result={work.result} lang={lang} width={left} />
          </Box>
          <Box flexDirection="column" width={right} flexShrink={0} rowGap={1}>
            <NarrativeView window={textWindow(narrativeLines(text.title, text.prompt, right), body)} lang={lang} />
            {hints}
          </Box>
        </Box>
        <Box flexGrow={1} />
        {footer}
      </Box>
    );
  }
  return (
    <Box flexDirection="column" flexGrow={1}>
      {header}
      <Box flexDirection="column" marginTop={1} height={body} flexShrink={0} overflow="hidden" rowGap={1}>
        <NarrativeView window={textWindow(narrativeLines(text.title, text.prompt, size.columns), Math.max(3, Math.floor(body / 3)))} lang={lang} />
        <AnswerFields work={work} lang={lang} />
        <Verdict result={work.result} lang={lang} width={size.columns} />
        {hints}
      </Box>
      <Box flexGrow={1} />
      {footer}
    </Box>
  );
}
