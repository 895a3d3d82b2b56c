// A plot of the frame (a loss landscape with the path of W): src/draw/plot.ts draws it, this
// only colours each span by what it is. Without colour (NO_COLOR) the drawing's own symbols
// (• ● + against dotted contours) keep the path readable.
import { Box, Text } from "ink";
import type { Plot } from "../../../lessons/frame.ts";
import { drawPlot, type PlotRole } from "../../draw/plot.ts";
import { useTheme, type Theme } from "../theme.ts";

function colourOf(theme: Theme, role: PlotRole): string | undefined {
  switch (role) {
    case "title":
      return theme.text.heading;
    case "legend":
      return theme.text.secondary;
    default:
      return theme.plot[role];
  }
}

export function PlotView({ plot, width, height }: { plot: Plot; width: number; height: number }) {
  const theme = useTheme();
  const lines = drawPlot(plot, width, height);
  if (lines.length === 0) return null;
  return (
    <Box flexDirection="column" flexShrink={0}>
      {lines.map((line, i) => (
        <Text key={i} wrap="truncate">
          {line.map((span, k) => (
            <Text key={k} color={colourOf(theme, span.role)} bold={span.role === "current" || span.role === "title"}>
              {span.text}
            </Text>
          ))}
        </Text>
      ))}
    </Box>
  );
}
