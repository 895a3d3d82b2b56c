// `convlab practice`, the watch screen: the current exercise and its file, the verdict of the
// last check (the first failing case, or the learner's line with a caret), what the code
// printed, the hints asked for; or the list of exercises. The words and the case come from
// src/practice/report.ts, the same lines `convlab practice check` prints.
import { Box, Text } from "ink";
import type { Lang } from "../../i18n.ts";
import { exerciseName, practiceExercises } from "../../practice/exercises.ts";
import { practiceText } from "../../practice/text.ts";
import { headline, outputLines, verdictDetail } from "../../practice/report.ts";
import { WORDS } from "../../practice/text.ts";
import { passed } from "../../practice/verdict.ts";
import { Header } from "../components/Header.tsx";
import { HelpOverlay } from "../components/HelpOverlay.tsx";
import { KeyHelpBar } from "../components/KeyHelpBar.tsx";
import { wrapText } from "../../draw/wrap.ts";
import { isWide, type Size } from "../layout.ts";
import { textIn } from "../progress.ts";
import { allSolved, type PracticeState } from "../state/practice.ts";
import { useTheme } from "../theme.ts";

export interface PracticeScreenProps {
  state: PracticeState;
  lang: Lang;
  size: Size;
  /** The exercise file as the learner would type it (relative to where they started convlab). */
  shownPath: (file: string) => string;
  fileOf: (index: number) => string;
}

function ExerciseList({ state, lang }: { state: PracticeState; lang: Lang }) {
  const theme = useTheme();
  return (
    <Box flexDirection="column">
      <Text bold color={theme.text.heading}>
        {WORDS[lang].listHeading}
      </Text>
      {practiceExercises.map((e, i) => (
        <Text key={e.slug} wrap="truncate-end" color={i === state.cursor ? theme.ui.selected : undefined} bold={i === state.cursor}>
          {i === state.cursor ? "❯ " : "  "}
          <Text color={state.solved[i] ? theme.ui.done : theme.text.secondary}>{state.solved[i] ? "✓" : "·"}</Text>
          {` ${exerciseName(e)}  ${practiceText(e, lang).title}`}
        </Text>
      ))}
    </Box>
  );
}

export function PracticeScreen({ state, lang, size, shownPath, fileOf }: PracticeScreenProps) {
  const theme = useTheme();
  const t = WORDS[lang];
  const exercise = practiceExercises[state.current]!;
  const text = practiceText(exercise, lang);
  const result = state.results[state.current];
  const width = size.columns;
  const done = state.solved.filter(Boolean).length;
  const header = <Header title={t.screenTitle} detail={`${exerciseName(exercise)} (${state.current + 1}/${state.count})`} right={t.solvedCount(done, state.count)} />;

  if (state.help) return <HelpOverlay lang={lang} active={state.view === "list" ? "practiceList" : "practice"} wide={isWide(size)} rows={size.rows} />;

  if (state.view === "list") {
    return (
      <Box flexDirection="column" flexGrow={1}>
        {header}
        <Box marginTop={1} flexGrow={1}>
          <ExerciseList state={state} lang={lang} />
        </Box>
        <KeyHelpBar scope="practiceList" lang={lang} columns={width} />
      </Box>
    );
  }

  const solved = result && passed(result.verdict);
  const checking = state.checking === state.current;
  const status = checking || !result ? t.checking : headline(exercise, result.verdict, lang);
  const colour = checking || !result ? theme.text.secondary : solved ? theme.status.success : theme.status.error;
  // The task when there is nothing else to read (a stub not started); else the verdict's detail.
  const body: string[] =
    !result || checking
      ? []
      : result.verdict.kind === "not-done"
        ? text.task.flatMap((l) => (l === "" ? [""] : wrapText(l, width)))
        : [...verdictDetail(result.verdict, lang, width, shownPath), ...outputLines(result.output).map((l) => `│ ${l}`)];
  const hints = text.hints.slice(0, state.hints);
  const after = allSolved(state) ? t.allSolved : solved ? t.solvedNext : t.saveToCheck;
  return (
    <Box flexDirection="column" flexGrow={1}>
      {header}
      <Box marginTop={1} flexDirection="column">
        <Text bold wrap="truncate-end">
          {text.title}
        </Text>
        <Text color={theme.text.secondary} wrap="truncate-end">
          {t.fileLine(shownPath(fileOf(state.current)))}
        </Text>
      </Box>
      <Box marginTop={1} flexDirection="column" flexGrow={1} flexShrink={1} overflow="hidden">
        <Text color={colour} bold wrap="wrap">
          {status}
        </Text>
        {body.map((line, i) => (
          <Text key={i} wrap="truncate-end">
            {line === "" ? " " : line}
          </Text>
        ))}
      </Box>
      {/* hints stay in view: a long case above them is what gets cut */}
      {hints.map((h, i) => (
        <Box key={`hint${i}`} marginTop={i === 0 ? 1 : 0} flexShrink={0}>
          <Text wrap="wrap">
            <Text bold color={theme.status.info}>{`${t.hintHeading(i + 1, text.hints.length)}${lang === "zh" ? "：" : ": "}`}</Text>
            {h}
          </Text>
        </Box>
      ))}
      {state.warning && (
        <Text color={theme.status.warning} wrap="wrap">
          {textIn(state.warning, lang)}
        </Text>
      )}
      <Text color={allSolved(state) ? theme.status.success : theme.text.secondary} bold={allSolved(state)} wrap="wrap">
        {after}
      </Text>
      <KeyHelpBar scope="practice" lang={lang} columns={width} />
    </Box>
  );
}
