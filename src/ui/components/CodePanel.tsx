// The engine code this step runs, the current lines marked with ▶ (and colour). A line wider
// than the panel wraps after a comma or space, its rest indented (never cut with "…"). When the
// panel has fewer rows than the code, it scrolls so the current lines stay in view.
import { Box, Text } from "ink";
import type { CodeView } from "../../../lessons/frame.ts";
import { wrapCode } from "../../draw/wrap.ts";
import { useTheme } from "../theme.ts";

/** The code as rows at `width`: each with its line's index, the first row of a line numbered. */
export function codeRows(code: CodeView, width: number): { n: number; text: string; first: boolean }[] {
  const gutter = codeGutter(code);
  return code.lines.flatMap((line, n) => wrapCode(line, Math.max(8, width - gutter)).map((text, k) => ({ n, text, first: k === 0 })));
}

/** "▶ 12 ": the mark, the line number and a space. */
const codeGutter = (code: CodeView): number => 2 + String(code.lines.length).length + 1;

/** The first row to show so that the current lines start in `maxRows` (one row of context above). */
export function codeWindowStart(rows: readonly { n: number }[], current: readonly number[], maxRows: number): number {
  if (rows.length <= maxRows) return 0;
  const firstLine = Math.min(...current, rows.at(-1)!.n);
  const first = rows.findIndex((r) => r.n === firstLine);
  return Math.max(0, Math.min(first - 1, rows.length - maxRows));
}

export function CodePanel({ code, title, maxLines, width }: { code: CodeView; title: string; maxLines: number; width: number }) {
  const theme = useTheme();
  const shown = Math.max(1, maxLines);
  const all = codeRows(code, width);
  const start = codeWindowStart(all, code.current, shown);
  const digits = String(code.lines.length).length;
  return (
    <Box flexDirection="column" width={width}>
      <Text bold color={theme.text.heading}>
        {title}
      </Text>
      {all.slice(start, start + shown).map((row, k) => {
        const current = code.current.includes(row.n);
        return (
          <Text key={start + k} wrap="truncate-end">
            <Text color={current ? theme.code.current : theme.code.lineNumber} bold={current}>
              {row.first ? `${current ? "▶" : " "} ${String(row.n + 1).padStart(digits)} ` : " ".repeat(digits + 3)}
            </Text>
            <Text color={current ? theme.code.current : theme.code.other} bold={current}>
              {row.text}
            </Text>
          </Text>
        );
      })}
    </Box>
  );
}
