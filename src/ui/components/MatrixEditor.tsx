// The matrix being edited: its draft, the cursor cell in <angles> (inverse when coloured),
// showing what has been typed so far.
import { Box, Text } from "ink";
import type { Lang } from "../../i18n.ts";
import { shapeLabel } from "../../../lessons/format.ts";
import { drawMatrix } from "../../draw/matrix.ts";
import type { EditorState } from "../state/editor.ts";
import { uiStrings } from "../strings.ts";
import { useTheme } from "../theme.ts";

/** Lines the editor takes: its title and every row of the draft (it is always drawn whole). */
export const editorHeight = (editor: EditorState): number => 1 + editor.draft.length;

export function MatrixEditor({ editor, title, lang, shape = true, width }: { editor: EditorState; title: string; lang: Lang; shape?: boolean; width?: number }) {
  const theme = useTheme();
  const [r, c] = editor.cursor;
  const rows = drawMatrix({ id: editor.matrix, title, values: editor.draft, current: [[r, c]] });
  return (
    <Box flexDirection="column" flexShrink={0} width={width}>
      <Text wrap="truncate-end">
        <Text bold color={theme.text.accent}>
          {uiStrings(lang).editing(title)}
        </Text>
        {shape && <Text color={theme.text.secondary}> {shapeLabel(editor.draft)}</Text>}
      </Text>
      {rows.map((row, i) => (
        <Text key={i} wrap="truncate-end">
          {row.map((cell, j) => {
            const atCursor = i === r && j === c;
            const text = atCursor && editor.buffer !== "" ? `<${editor.buffer}_>` : cell.text;
            return (
              <Text key={j} bold={atCursor} inverse={atCursor && theme.matrix.current !== undefined} color={atCursor ? theme.matrix.current : undefined}>
                {text}
              </Text>
            );
          })}
        </Text>
      ))}
    </Box>
  );
}
