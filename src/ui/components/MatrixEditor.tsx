// The matrix being edited: its draft, the cursor cell in <angles> (inverse when coloured),
// showing what is being typed. Always whole: the title line, then rows and columns of whole
// cells; a matrix taller or wider than its room shows a window that holds the cursor, with
// the rows shown in the title and ‹ › where columns are left out.
import { Box, Text } from "ink";
import type { Lang } from "../../i18n.ts";
import { shapeLabel } from "../../../lessons/format.ts";
import { drawMatrix } from "../../draw/matrix.ts";
import { textWidth } from "../../draw/text.ts";
import { currentDraft, type EditorState } from "../state/editor.ts";
import { uiStrings } from "../strings.ts";
import { useTheme } from "../theme.ts";

/** Lines the editor wants: its title and every row of the draft. */
export const editorHeight = (editor: EditorState): number => 1 + currentDraft(editor).length;

/** The cells as drawn, the cursor's showing the text being typed (`_` marks where typing goes on). */
export function editorCells(editor: EditorState): string[][] {
  const draft = currentDraft(editor);
  const [r, c] = editor.cursor;
  const typing = editor.buffer;
  const cells = drawMatrix({ values: draft, current: [[r, c]] }).map((row) => row.map((cell) => cell.text));
  const cell = cells[r]?.[c];
  // the typed text stays right-aligned in its column; when longer, only its row shifts
  if (typing !== undefined && cell !== undefined) {
    const text = `<${typing}_>`;
    cells[r]![c] = " ".repeat(Math.max(0, textWidth(cell) - textWidth(text))) + text;
  }
  return cells;
}

export interface EditorWindow {
  /** Rows [top, bottom) and columns [left, right) shown. */
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/**
 * The rows and columns shown in `height` lines (the title's included) and `width` columns:
 * all when they fit, else a window around the cursor; a column left out costs a mark column.
 */
export function editorWindow(cells: readonly (readonly string[])[], cursor: readonly [number, number], height: number, width: number): EditorWindow {
  const rows = cells.length;
  const room = Math.max(1, height - 1);
  const top = rows <= room ? 0 : Math.max(0, Math.min(rows - room, cursor[0] - Math.floor(room / 2)));
  const widths = (cells[0] ?? []).map((_, j) => Math.max(...cells.map((row) => textWidth(row[j] ?? ""))));
  const total = widths.reduce((a, b) => a + b, 0);
  if (total <= width) return { top, bottom: Math.min(rows, top + room), left: 0, right: widths.length };
  // grow from the cursor's column, right first, keeping a column for each mark
  let [left, right] = [cursor[1], cursor[1] + 1];
  let used = widths[cursor[1]] ?? 0;
  const fits = (w: number, l: number, r: number): boolean => used + w + (l > 0 ? 1 : 0) + (r < widths.length ? 1 : 0) <= width;
  for (let grew = true; grew; ) {
    grew = false;
    if (right < widths.length && fits(widths[right]!, left, right + 1)) [used, right, grew] = [used + widths[right]!, right + 1, true];
    if (left > 0 && fits(widths[left - 1]!, left - 1, right)) [used, left, grew] = [used + widths[left - 1]!, left - 1, true];
  }
  return { top, bottom: Math.min(rows, top + room), left, right };
}

export interface MatrixEditorProps {
  editor: EditorState;
  title: string;
  lang: Lang;
  /** Show the shape after the title (a single number needs none). */
  shape?: boolean;
  /** The room it has: a window around the cursor when the draft is larger. */
  width?: number;
  height?: number;
  /** Ids of the other matrices with changed drafts (applied together on Enter). */
  pending?: readonly string[];
}

export function MatrixEditor({ editor, title, lang, shape = true, width, height, pending = [] }: MatrixEditorProps) {
  const theme = useTheme();
  const t = uiStrings(lang);
  const [r, c] = editor.cursor;
  const draft = currentDraft(editor);
  const cells = editorCells(editor);
  const win = editorWindow(cells, editor.cursor, height ?? editorHeight(editor), width ?? Infinity);
  const rowsShown = win.bottom - win.top < draft.length ? t.editorRows(win.top + 1, win.bottom, draft.length) : "";
  return (
    <Box flexDirection="column" flexShrink={0} width={width}>
      <Text wrap="truncate-end">
        <Text bold color={theme.text.accent}>
          {t.editing(title)}
        </Text>
        {shape && <Text color={theme.text.secondary}> {shapeLabel(draft)}</Text>}
        {rowsShown && <Text color={theme.text.secondary}> {rowsShown}</Text>}
        {pending.length > 0 && <Text color={theme.text.secondary}> {t.editorPending(pending.join(", "))}</Text>}
      </Text>
      {cells.slice(win.top, win.bottom).map((row, k) => {
        const i = win.top + k;
        return (
          <Text key={i} wrap="truncate-end">
            {win.left > 0 && <Text color={theme.text.secondary}>‹</Text>}
            {row.slice(win.left, win.right).map((text, dj) => {
              const atCursor = i === r && win.left + dj === c;
              return (
                <Text key={dj} bold={atCursor} inverse={atCursor && theme.matrix.current !== undefined} color={atCursor ? theme.matrix.current : undefined}>
                  {text}
                </Text>
              );
            })}
            {win.right < row.length && <Text color={theme.text.secondary}>›</Text>}
          </Text>
        );
      })}
    </Box>
  );
}
