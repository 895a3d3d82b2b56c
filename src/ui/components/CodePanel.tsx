// The engine code this step runs, the current lines marked with ▶ (and colour). When the
// panel has fewer lines than the code, it scrolls so the current lines stay in view.
import { Box, Text } from "ink";
import type { CodeView } from "../../../lessons/frame.ts";
import { useTheme } from "../theme.ts";

/** The first line to show so that the current lines fit in `maxLines` (one line of context above). */
export function codeWindowStart(code: CodeView, maxLines: number): number {
  if (code.lines.length <= maxLines) return 0;
  const first = Math.min(...code.current, code.lines.length - 1);
  return Math.max(0, Math.min(first - 1, code.lines.length - maxLines));
}

export function CodePanel({ code, title, maxLines, width }: { code: CodeView; title: string; maxLines: number; width?: number }) {
  const theme = useTheme();
  const shown = Math.max(1, maxLines);
  const start = codeWindowStart(code, shown);
  const lines = code.lines.slice(start, start + shown);
  const digits = String(code.lines.length).length;
  return (
    <Box flexDirection="column" width={width}>
      <Text bold color={theme.text.heading}>
        {title}
      </Text>
      {lines.map((line, k) => {
        const n = start + k;
        const current = code.current.includes(n);
        return (
          <Text key={n} wrap="truncate-end">
            <Text color={current ? theme.code.current : theme.code.lineNumber} bold={current}>
              {current ? "▶" : " "} {String(n + 1).padStart(digits)}{" "}
            </Text>
            <Text color={current ? theme.code.current : theme.code.other} bold={current}>
              {line}
            </Text>
          </Text>
        );
      })}
    </Box>
  );
}
