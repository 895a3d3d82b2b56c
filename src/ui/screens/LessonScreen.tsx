// One lesson step: title line, narrative, numbers, the code being run, the keys. Side by
// side from WIDE_COLUMNS, stacked below. Every panel's size comes from the one planner
// (src/draw/plan.ts): the numbers first (paged behind a mark when they cannot all fit), the
// narrative scrolled behind a mark, the code with what is left.
import { Box, Text } from "ink";
import type { Frame } from "../../../lessons/frame.ts";
import type { Lang } from "../../i18n.ts";
import { COLUMN_GAP, headerGap, planLesson, windowHeight, type Size } from "../../draw/plan.ts";
import { wrapText } from "../../draw/wrap.ts";
import { CodePanel } from "../components/CodePanel.tsx";
import { Header } from "../components/Header.tsx";
import { KeyHelpBar } from "../components/KeyHelpBar.tsx";
import { MatrixEditor, editorHeight } from "../components/MatrixEditor.tsx";
import { NarrativeView } from "../components/NarrativeView.tsx";
import { NoticeLine, noticeText } from "../components/NoticeLine.tsx";
import { NumbersPanel } from "../components/NumbersPanel.tsx";
import { OutcomeLine } from "../components/OutcomeLine.tsx";
import { PlotView } from "../components/PlotView.tsx";
import { statusLines } from "../components/StatusLine.tsx";
import { exerciseName, practiceForLesson } from "../../practice/exercises.ts";
import { changedDrafts, type Session } from "../state/session.ts";
import { idleLessonCommands, lessonKeyWords } from "../keys.ts";
import { uiStrings } from "../strings.ts";
import { useTheme } from "../theme.ts";

export interface LessonScreenProps {
  session: Session;
  frame: Frame;
  /** 1-based position in the menu, and how many lessons there are. */
  position: number;
  lessonCount: number;
  /** How many exercises follow this lesson (announced on its last step). */
  exerciseCount?: number;
  /** While playing: how long this step stays on screen. */
  playMs?: number;
  /** On the last step: where `next` goes ("→ next lesson: 4. …"). */
  offer?: string;
  lang: Lang;
  size: Size;
}

export function LessonScreen({ session, frame, position, lessonCount, playMs, exerciseCount = 0, offer, lang, size }: LessonScreenProps) {
  const t = uiStrings(lang);
  const theme = useTheme();
  const { lesson, editor } = session;
  const scope = editor ? "editor" : "lesson";
  // the last step points on: to this lesson's exercises, and to the practice track's
  const practice = practiceForLesson(lesson.id).map(exerciseName).join(", ");
  const next = [exerciseCount > 0 ? t.exercisesFollow(exerciseCount) : "", practice ? t.practiceFollows(practice) : ""].filter(Boolean).join(" ");
  const announce = frame.done && next ? next : undefined;
  const offerLines = offer ? wrapText(offer, size.columns) : [];
  const footerLines =
    (frame.outcome ? statusLines(frame.outcome.message, size.columns).length : 0) +
    (announce ? wrapText(announce, size.columns).length : 0) +
    offerLines.length +
    (session.notice ? statusLines(noticeText(session.notice, lang), size.columns).length : 0) +
    1;
  const editorTitle = editor ? (frame.matrices.find((m) => m.id === editor.matrix)?.title ?? editor.matrix) : "";
  const plan = planLesson(frame, size, { words: t, footerLines, editorLines: editor ? editorHeight(editor) : 0, scroll: session.scroll, page: session.page });
  // the other matrices' changes, applied with this one on Enter
  const pending = editor ? changedDrafts(frame, editor).map((m) => m.id).filter((id) => id !== editor.matrix) : [];
  const editing = editor && <MatrixEditor editor={editor} title={editorTitle} lang={lang} width={plan.numbersWidth} height={plan.editorLines} pending={pending} />;
  const narrative = <NarrativeView window={plan.narrative} lang={lang} />;
  const numbers = <NumbersPanel numbers={plan.numbers} width={plan.numbersWidth} lang={lang} />;
  const code = plan.codeLines > 0 && <CodePanel code={frame.code} rows={plan.codeRows} title={t.code} maxLines={plan.codeLines} width={plan.textWidth} linesShown={t.codeLinesShown} />;
  const plot = frame.plots?.[0];
  const plotView = (width: number) => plot && plan.plotLines > 0 && <PlotView plot={plot} width={width} height={plan.plotLines} />;
  return (
    <Box flexDirection="column" flexGrow={1}>
      <Header
        title={`${lesson.number}. ${lesson.title[lang]}`}
        detail={`${t.lessonOf(position, lessonCount)} · ${t.stepOf(frame.step + 1, frame.steps)}`}
        right={playMs !== undefined ? t.playing(String(Math.round(playMs / 100) / 10)) : undefined}
      />
      {plan.wide ? (
        <Box flexDirection="row" columnGap={COLUMN_GAP} marginTop={headerGap(size)} height={plan.body} flexShrink={0} overflow="hidden">
          <Box flexDirection="column" width={plan.numbersWidth} flexShrink={0} rowGap={1}>
            {editing}
            {numbers}
          </Box>
          <Box flexDirection="column" width={plan.textWidth} flexShrink={0} rowGap={1}>
            {narrative}
            {plotView(plan.textWidth)}
            {code}
          </Box>
        </Box>
      ) : (
        <Box flexDirection="column" marginTop={headerGap(size)} height={plan.body} flexShrink={0} overflow="hidden" rowGap={1}>
          {windowHeight(plan.narrative) > 0 && narrative}
          {editing}
          {plan.numbers.height > 0 && numbers}
          {plotView(plan.numbersWidth)}
          {code}
        </Box>
      )}
      <Box flexGrow={1} />
      <OutcomeLine outcome={frame.outcome} width={size.columns} />
      {announce && wrapText(announce, size.columns).map((line, i) => (
        <Text key={i} color={theme.text.accent} wrap="truncate-end">
          {line}
        </Text>
      ))}
      {offerLines.map((line, i) => (
        <Text key={i} color={theme.text.accent} bold wrap="truncate-end">
          {line}
        </Text>
      ))}
      <NoticeLine notice={session.notice} lang={lang} width={size.columns} />
      <KeyHelpBar scope={scope} lang={lang} columns={size.columns} hide={idleLessonCommands(lesson, exerciseCount)} words={lessonKeyWords(lesson, lang)} />
    </Box>
  );
}
