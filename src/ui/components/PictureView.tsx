// Pictures (matrices the lesson marks `picture`): input and output side by side when the panel
// is wide enough, stacked when narrow, each scaled down to its room. Coloured half blocks in
// the theme's grey ramp; with NO_COLOR (no ramp) shade characters. The drawing itself is
// src/draw/picture.ts, the same as `convlab image` and `convlab run` use.
import { Box, Text } from "ink";
import { memo } from "react";
import type { MatrixView as MatrixData } from "../../../lessons/frame.ts";
import { shapeLabel } from "../../../lessons/format.ts";
import { halfBlocks, PICTURE_GAP, scalePicture, shadeRows, type PictureLayout } from "../../draw/picture.ts";
import { useTheme } from "../theme.ts";

type Grey = ((level: number) => string) | undefined;

/** One run of equal cells in a row: drawn as one Text (a picture has few runs, not a Text per pixel). */
interface Run {
  text: string;
  fg: string | undefined;
  bg: string | undefined;
}

function runs(values: readonly (readonly number[])[], grey: Grey): Run[][] {
  if (!grey) return shadeRows(values).map((text) => [{ text, fg: undefined, bg: undefined }]);
  return halfBlocks(values).map((row) => {
    const out: Run[] = [];
    for (const cell of row) {
      const [fg, bg] = [grey(cell.top), cell.bottom === undefined ? undefined : grey(cell.bottom)];
      const last = out.at(-1);
      if (last && last.fg === fg && last.bg === bg) last.text += "▀";
      else out.push({ text: "▀", fg, bg });
    }
    return out;
  });
}

/** Drawn rows per picture, its room and the ramp: frames are rebuilt on every key, their pictures are not. */
const drawnCache = new WeakMap<object, Map<string, { grey: Grey; rows: Run[][] }>>();

function drawnRuns(values: readonly (readonly number[])[], width: number, lines: number, grey: Grey): Run[][] {
  const byRoom = drawnCache.get(values) ?? new Map<string, { grey: Grey; rows: Run[][] }>();
  drawnCache.set(values, byRoom);
  const key = `${width}×${lines}`;
  const hit = byRoom.get(key);
  if (hit && hit.grey === grey) return hit.rows;
  const rows = runs(scalePicture(values, width, lines), grey);
  byRoom.set(key, { grey, rows });
  return rows;
}

export interface PictureViewProps {
  pictures: readonly MatrixData[];
  /** Side by side or stacked, and each picture's room, as the planner decided (src/draw/plan.ts). */
  layout: PictureLayout;
}

export const PictureView = memo(function PictureView({ pictures, layout }: PictureViewProps) {
  const theme = useTheme();
  const grey = theme.picture.grey;
  const drawn = pictures.map((m) => drawnRuns(m.values, layout.width, layout.lines, grey));
  return (
    <Box flexDirection={layout.side ? "row" : "column"} columnGap={PICTURE_GAP} rowGap={1} flexShrink={0}>
      {pictures.map((m, i) => (
        <Box key={m.id} flexDirection="column" flexShrink={0}>
          <Box width={Math.max(layout.width, 8)}>
            <Text wrap="truncate-end">
              <Text bold color={theme.matrix.title}>
                {m.title}
              </Text>
              <Text color={theme.text.secondary}> {shapeLabel(m.values)}</Text>
            </Text>
          </Box>
          {drawn[i]!.map((row, r) => (
            <Text key={r} wrap="truncate-end">
              {row.map((run, k) => (
                <Text key={k} color={run.fg} backgroundColor={run.bg}>
                  {run.text}
                </Text>
              ))}
            </Text>
          ))}
        </Box>
      ))}
    </Box>
  );
});
