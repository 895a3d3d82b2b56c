// One titled matrix: aligned columns, a shape label, highlights marked by colour AND by
// brackets/bold (so they read with NO_COLOR), optional heat-map shading.
import { Box, Text } from "ink";
import type { MatrixView as MatrixData } from "../../../lessons/frame.ts";
import { shapeLabel } from "../../../lessons/format.ts";
import { drawMatrix, heatLevel, type DrawnCell } from "../../draw/matrix.ts";
import { useTheme, type Theme } from "../theme.ts";

function cellColour(cell: DrawnCell, m: MatrixData, theme: Theme, heat: boolean): string | undefined {
  if (!Number.isFinite(cell.value) && cell.kind !== "pending") return theme.matrix.nonFinite;
  if (cell.kind === "window") return theme.matrix.window;
  if (cell.kind === "current") return theme.matrix.current;
  if (cell.kind === "pending") return theme.matrix.pending;
  if (!heat) return undefined;
  const level = heatLevel(cell.value, m.values, theme.matrix.heat.length);
  return level === undefined ? undefined : theme.matrix.heat[level];
}

/** `cells`: the matrix already drawn (by the layout planner), so it is not drawn twice. */
export function MatrixView({ matrix, heat, shape = true, cells }: { matrix: MatrixData; heat?: boolean; shape?: boolean; cells?: DrawnCell[][] }) {
  const theme = useTheme();
  const rows = cells ?? drawMatrix(matrix);
  const shade = heat ?? matrix.heat ?? false;
  return (
    <Box flexDirection="column">
      <Text>
        <Text bold color={theme.matrix.title}>
          {matrix.title}
        </Text>
        {shape && <Text color={theme.text.secondary}> {shapeLabel(matrix.values)}</Text>}
      </Text>
      {rows.map((row, i) => (
        // A matrix wider than the panel is cut at the edge, never wrapped out of alignment.
        <Text key={i} wrap="truncate-end">
          {row.map((cell, j) => (
            <Text key={j} color={cellColour(cell, matrix, theme, shade)} bold={cell.kind === "window" || cell.kind === "current"}>
              {cell.text}
            </Text>
          ))}
        </Text>
      ))}
    </Box>
  );
}
