// One lesson step: title line, narrative, numbers, the code being run, the keys. Side by
// side from WIDE_COLUMNS, stacked below; the code panel takes what height is left.
import { Box } from "ink";
import type { Frame, Lang } from "../../../lessons/frame.ts";
import { CodePanel } from "../components/CodePanel.tsx";
import { Header } from "../components/Header.tsx";
import { KeyHelpBar, helpBarHeight } from "../components/KeyHelpBar.tsx";
import { MatrixEditor } from "../components/MatrixEditor.tsx";
import { NarrativeView } from "../components/NarrativeView.tsx";
import { NoticeLine } from "../components/NoticeLine.tsx";
import { NumbersPanel } from "../components/NumbersPanel.tsx";
import { COLUMN_GAP, isWide, narrativeHeight, numbersHeight, numbersWidth, type Size } from "../layout.ts";
import { SPEEDS_MS, type Session } from "../state/session.ts";
import { uiStrings } from "../strings.ts";

export interface LessonScreenProps {
  session: Session;
  frame: Frame;
  lessonCount: number;
  lang: Lang;
  size: Size;
}

export function LessonScreen({ session, frame, lessonCount, lang, size }: LessonScreenProps) {
  const t = uiStrings(lang);
  const { lesson, editor } = session;
  const scope = editor ? "editor" : "lesson";
  const seconds = String(SPEEDS_MS[session.speed]! / 1000);
  const header = (
    <Header
      title={`${lesson.number}. ${lesson.title[lang]}`}
      detail={`${t.lessonOf(lesson.number, lessonCount)} · ${t.stepOf(frame.step + 1, frame.steps)}`}
      right={session.playing ? t.playing(seconds) : undefined}
    />
  );
  const editing = editor && (
    <MatrixEditor editor={editor} title={frame.matrices.find((m) => m.id === editor.matrix)?.title ?? editor.matrix} lang={lang} />
  );
  const notice = <NoticeLine notice={session.notice} lang={lang} />;
  // Lines left for the body: the live area is rows-1; header and key bar are fixed.
  const budget = size.rows - 1 - 1 - helpBarHeight(scope, lang, size.columns) - (session.notice ? 1 : 0);

  if (isWide(size)) {
    const left = Math.min(numbersWidth(frame), Math.floor(size.columns * 0.6));
    const right = size.columns - left - COLUMN_GAP;
    const codeLines = budget - narrativeHeight(frame, right) - 2;
    return (
      <Box flexDirection="column" flexGrow={1}>
        {header}
        <Box flexDirection="row" columnGap={COLUMN_GAP} marginTop={1} flexGrow={1} overflow="hidden">
          <Box flexDirection="column" width={left} flexShrink={0} rowGap={1}>
            {editing}
            <NumbersPanel frame={frame} width={left} lang={lang} />
          </Box>
          <Box flexDirection="column" width={right} rowGap={1}>
            <NarrativeView heading={frame.heading} narrative={frame.narrative} />
            {codeLines > 0 && <CodePanel code={frame.code} title={t.code} maxLines={codeLines} />}
          </Box>
        </Box>
        {notice}
        <KeyHelpBar scope={scope} lang={lang} />
      </Box>
    );
  }

  const width = size.columns;
  const used = narrativeHeight(frame, width) + numbersHeight(frame, width) + (editor ? editor.draft.length + 2 : 0);
  const codeLines = budget - used - 4;
  return (
    <Box flexDirection="column" flexGrow={1}>
      {header}
      <Box flexDirection="column" marginTop={1} flexGrow={1} overflow="hidden" rowGap={1}>
        <NarrativeView heading={frame.heading} narrative={frame.narrative} />
        {editing}
        <NumbersPanel frame={frame} width={width} lang={lang} />
        {codeLines > 0 && <CodePanel code={frame.code} title={t.code} maxLines={codeLines} />}
      </Box>
      {notice}
      <KeyHelpBar scope={scope} lang={lang} />
    </Box>
  );
}
