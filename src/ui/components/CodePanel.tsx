// The engine code this step runs, the current lines marked with ▶ (and colour). A line wider
// than the panel wraps after a comma or space, its rest indented (never cut with "…"). When the
// panel has fewer rows than the code, it scrolls so the current lines stay in view, and its
// title says which lines are shown.
import { Box, Text } from "ink";
import type { CodeView } from "../../../lessons/frame.ts";
import { codeWindowStart, type CodeRow } from "../../draw/code.ts";
import { useTheme } from "../theme.ts";

/** `rows`: the code as the planner wrapped it at `width` (src/draw/code.ts codeRows). */
export function CodePanel({ code, rows: all, title, maxLines, width, linesShown }: { code: CodeView; rows: readonly CodeRow[]; title: string; maxLines: number; width: number; linesShown: (from: number, to: number, of: number) => string }) {
  const theme = useTheme();
  const shown = Math.max(1, maxLines);
  const start = codeWindowStart(all, code.current, shown);
  const digits = String(code.lines.length).length;
  const window = all.slice(start, start + shown);
  const cut = window.length < all.length;
  return (
    <Box flexDirection="column" width={width}>
      <Text wrap="truncate-end">
        <Text bold color={theme.text.heading}>
          {title}
        </Text>
        {cut && <Text color={theme.text.secondary}>{` · ${linesShown(window[0]!.n + 1, window.at(-1)!.n + 1, code.lines.length)}`}</Text>}
      </Text>
      {window.map((row, k) => {
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
