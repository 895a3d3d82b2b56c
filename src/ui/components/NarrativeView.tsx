// This step's heading and its sentences, wrapped to the width (CJK-aware). When the screen
// is short, the text is cut to `maxLines` and ends with "…".
import { Box, Text } from "ink";
import { wrapText } from "../../draw/wrap.ts";
import { useTheme } from "../theme.ts";

/** The narrative as lines: heading first, then each paragraph. */
export function narrativeLines(heading: string, narrative: readonly string[], width: number): { text: string; heading: boolean }[] {
  return [
    ...wrapText(heading, width).map((text) => ({ text, heading: true })),
    ...narrative.flatMap((p) => wrapText(p, width).map((text) => ({ text, heading: false }))),
  ];
}

export function NarrativeView({ heading, narrative, width, maxLines }: { heading: string; narrative: readonly string[]; width: number; maxLines?: number }) {
  const theme = useTheme();
  const all = narrativeLines(heading, narrative, width);
  const cut = maxLines !== undefined && all.length > maxLines;
  const lines = cut ? all.slice(0, Math.max(1, maxLines)) : all;
  return (
    <Box flexDirection="column" flexShrink={0}>
      {lines.map((line, i) => (
        <Text key={i} bold={line.heading} color={line.heading ? theme.text.heading : undefined} wrap="truncate-end">
          {cut && i === lines.length - 1 ? `${line.text.slice(0, Math.max(0, line.text.length - 1))}…` : line.text}
        </Text>
      ))}
    </Box>
  );
}
