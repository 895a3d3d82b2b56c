// One titled matrix: aligned columns, a shape label, highlights marked by colour AND by
// brackets/bold (so they read with NO_COLOR), optional heat-map shading.
import { Box, Text } from "ink";
import type { MatrixView as MatrixData } from "../../../lessons/frame.ts";
import { shapeLabel } from "../../../lessons/format.ts";
import { drawMatrix, heatScale, type DrawnCell } from "../../draw/matrix.ts";
import { useTheme, type Theme } from "../theme.ts";

type Heat = ((value: number) => number | undefined) | undefined;

function cellColour(cell: DrawnCell, theme: Theme, heat: Heat): string | undefined {
  if (!Number.isFinite(cell.value) && cell.kind !== "pending") return theme.matrix.nonFinite;
  if (cell.kind === "window") return theme.matrix.window;
  if (cell.kind === "current") return theme.matrix.current;
  if (cell.kind === "pending") return theme.matrix.pending;
  const level = heat?.(cell.value);
  return level === undefined ? undefined : theme.matrix.heat[level];
}

/** A row as runs of cells drawn alike: one Text per run, not one per cell (less for Ink to lay out). */
function runs(row: readonly DrawnCell[], theme: Theme, heat: Heat): { text: string; colour: string | undefined; bold: boolean }[] {
  const out: { text: string; colour: string | undefined; bold: boolean }[] = [];
  for (const cell of row) {
    const colour = cellColour(cell, theme, heat);
    const bold = cell.kind === "window" || cell.kind === "current";
    const last = out.at(-1);
    if (last && last.colour === colour && last.bold === bold) last.text += cell.text;
    else out.push({ text: cell.text, colour, bold });
  }
  return out;
}

/** `cells`: the matrix already drawn (by the layout planner), so it is not drawn twice. */
export function MatrixView({ matrix, heat, shape = true, cells }: { matrix: MatrixData; heat?: boolean; shape?: boolean; cells?: DrawnCell[][] }) {
  const theme = useTheme();
  const rows = cells ?? drawMatrix(matrix);
  const levels = theme.matrix.heat.length;
  const shade: Heat = (heat ?? matrix.heat ?? false) && levels > 0 ? heatScale(matrix.values, levels) : undefined;
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
          {runs(row, theme, shade).map((run, j) => (
            <Text key={j} color={run.colour} bold={run.bold}>
              {run.text}
            </Text>
          ))}
        </Text>
      ))}
    </Box>
  );
}
