// One lesson step: title line, narrative, numbers, the code being run, the keys. Side by
// side from WIDE_COLUMNS, stacked below. Heights are planned so the live area stays shorter
// than the terminal: the numbers come first, the narrative is cut with "…" when the screen is
// short, and the code panel takes what is left (scrolled to the current line).
import { Box, Text } from "ink";
import type { Frame, Lang } from "../../../lessons/frame.ts";
import { CodePanel } from "../components/CodePanel.tsx";
import { Header } from "../components/Header.tsx";
import { KeyHelpBar } from "../components/KeyHelpBar.tsx";
import { MatrixEditor } from "../components/MatrixEditor.tsx";
import { NarrativeView } from "../components/NarrativeView.tsx";
import { NoticeLine, noticeText } from "../components/NoticeLine.tsx";
import { NumbersPanel, numbersPanelHeight } from "../components/NumbersPanel.tsx";
import { OutcomeLine } from "../components/OutcomeLine.tsx";
import { PlotView } from "../components/PlotView.tsx";
import { plotHeight } from "../../draw/plot.ts";
import { exerciseName, practiceForLesson } from "../../practice/exercises.ts";
import { COLUMN_GAP, isWide, narrativeHeight, textHeight, wideColumns, type Size } from "../layout.ts";
import { SPEEDS_MS, type Session } from "../state/session.ts";
import { idleLessonCommands } from "../keys.ts";
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
  lang: Lang;
  size: Size;
}

/** Code lines worth showing at all (title + this many), else the panel is left out. */
const MIN_CODE_LINES = 1;
/** Rows the stacked layout keeps for the narrative when a picture could fill the screen: heading, a line, two gaps. */
const NARROW_TEXT_LINES = 4;
/** Code lines the wide layout keeps for the code when it must cut the narrative. */
const RESERVED_CODE_LINES = 4;
/**
 * A plot (the frame's first) takes at most PLOT_LINES lines, after the narrative and the numbers,
 * and only when it gets MIN_PLOT_LINES and the code keeps RESERVED_CODE_LINES (a plot squeezed
 * smaller says little). The draw helper's planner is to fold this in.
 */
const PLOT_LINES = 18;
const MIN_PLOT_LINES = 10;
const plotRoom = (room: number): number => (room >= MIN_PLOT_LINES ? Math.min(PLOT_LINES, room) : 0);

export function LessonScreen({ session, frame, position, lessonCount, exerciseCount = 0, lang, size }: LessonScreenProps) {
  const t = uiStrings(lang);
  const theme = useTheme();
  const { lesson, editor } = session;
  const plot = frame.plots?.[0];
  const scope = editor ? "editor" : "lesson";
  const seconds = String(SPEEDS_MS[session.speed]! / 1000);
  const header = (
    <Header
      title={`${lesson.number}. ${lesson.title[lang]}`}
      detail={`${t.lessonOf(position, lessonCount)} · ${t.stepOf(frame.step + 1, frame.steps)}`}
      right={session.playing ? t.playing(seconds) : undefined}
    />
  );
  const editorTitle = editor ? (frame.matrices.find((m) => m.id === editor.matrix)?.title ?? editor.matrix) : "";
  const editing = editor && <MatrixEditor editor={editor} title={editorTitle} lang={lang} />;
  const editorLines = editor ? editor.draft.length + 2 : 0;
  const noticeLines = session.notice ? textHeight(noticeText(session.notice, lang), size.columns - 2) : 0;
  // the last step points on: to this lesson's exercises, and to the practice track's
  const practice = practiceForLesson(lesson.id).map(exerciseName).join(", ");
  const next = [exerciseCount > 0 ? t.exercisesFollow(exerciseCount) : "", practice ? t.practiceFollows(practice) : ""].filter(Boolean).join(" ");
  const announce = frame.done && next ? next : undefined;
  const outcomeLines = (frame.outcome ? textHeight(frame.outcome.message, size.columns - 2) : 0) + (announce ? textHeight(announce, size.columns) : 0);
  // The live area is rows-1 lines: header, a blank line, the body, outcome, notice, key bar.
  const body = size.rows - 1 - 2 - outcomeLines - noticeLines - 1;
  const footer = (
    <>
      <OutcomeLine outcome={frame.outcome} />
      {announce && (
        <Text color={theme.text.accent} wrap="wrap">
          {announce}
        </Text>
      )}
      <NoticeLine notice={session.notice} lang={lang} />
      <KeyHelpBar scope={scope} lang={lang} columns={size.columns} hide={idleLessonCommands(lesson, exerciseCount)} />
    </>
  );

  if (isWide(size)) {
    const { left, right } = wideColumns(frame, size.columns, body - editorLines);
    const codeWanted = Math.min(frame.code.lines.length, RESERVED_CODE_LINES) + 2;
    const narrativeMax = Math.max(2, body - codeWanted);
    const narrativeShown = Math.min(narrativeHeight(frame, right), narrativeMax);
    const plotLines = plot ? plotHeight(plot, right, plotRoom(body - narrativeShown - 1 - (RESERVED_CODE_LINES + 2))) : 0;
    const codeLines = body - narrativeShown - 2 - (plotLines > 0 ? plotLines + 1 : 0);
    return (
      <Box flexDirection="column" flexGrow={1}>
        {header}
        <Box flexDirection="row" columnGap={COLUMN_GAP} marginTop={1} height={body} flexShrink={0} overflow="hidden">
          <Box flexDirection="column" width={left} flexShrink={0} rowGap={1} overflow="hidden">
            {editing}
            <NumbersPanel frame={frame} width={left} lang={lang} height={body - editorLines} />
          </Box>
          <Box flexDirection="column" width={right} flexShrink={0} rowGap={1}>
            <NarrativeView heading={frame.heading} narrative={frame.narrative} width={right} maxLines={narrativeMax} />
            {plot && plotLines > 0 && <PlotView plot={plot} width={right} height={plotLines} />}
            {codeLines >= MIN_CODE_LINES && <CodePanel code={frame.code} title={t.code} maxLines={codeLines} />}
          </Box>
        </Box>
        <Box flexGrow={1} />
        {footer}
      </Box>
    );
  }

  const width = size.columns;
  // pictures leave the narrative its heading and a line (and the gaps around them)
  const numbersRoom = Math.max(0, body - editorLines - NARROW_TEXT_LINES);
  const numbers = numbersPanelHeight(frame, width, numbersRoom) + editorLines;
  const narrativeMax = Math.max(2, body - numbers - 1);
  const narrativeShown = Math.min(narrativeHeight(frame, width), narrativeMax);
  const plotLines = plot ? plotHeight(plot, width, plotRoom(body - narrativeShown - numbers - 3 - 1 - (RESERVED_CODE_LINES + 2))) : 0;
  const codeLines = body - narrativeShown - numbers - 3 - (plotLines > 0 ? plotLines + 1 : 0);
  return (
    <Box flexDirection="column" flexGrow={1}>
      {header}
      <Box flexDirection="column" marginTop={1} height={body} flexShrink={0} overflow="hidden" rowGap={1}>
        <NarrativeView heading={frame.heading} narrative={frame.narrative} width={width} maxLines={narrativeMax} />
        {editing}
        <NumbersPanel frame={frame} width={width} lang={lang} height={numbersRoom} />
        {plot && plotLines > 0 && <PlotView plot={plot} width={width} height={plotLines} />}
        {codeLines >= MIN_CODE_LINES && <CodePanel code={frame.code} title={t.code} maxLines={codeLines} />}
      </Box>
      <Box flexGrow={1} />
      {footer}
    </Box>
  );
}
