// Pictures (matrices the lesson marks `picture`): input and output side by side when the panel
// is wide enough, stacked when narrow, each scaled down to its room, titles whole. Coloured half
// blocks in the theme's grey ramp, the window and the output pixel in the theme's matrix.window
// and matrix.current; with NO_COLOR (no ramp) shade characters and mark characters. The drawing itself is
// src/draw/picture.ts, the same as `convlab image` and `convlab run` use.
import { Box, Text } from "ink";
import { memo, useMemo } from "react";
import type { MatrixView as MatrixData } from "../../../lessons/frame.ts";
import { bandTitleLines, PICTURE_GAP, pictureBox, pictureCells, pictureTitle, shadeOf, type HalfBlock, type PictureLayout, type PixelMark } from "../../draw/picture.ts";
import { useTheme } from "../theme.ts";

type Grey = ((level: number) => string) | undefined;
type MarkColours = Record<PixelMark, string | undefined>;

/** One run of equal cells in a row: drawn as one Text (a picture has few runs, not a Text per pixel). */
interface Run {
  text: string;
  fg: string | undefined;
  bg: string | undefined;
}

/** A pixel's colour: its mark's (the window, the output pixel) over its grey. */
const colourOf = (level: number, mark: PixelMark | undefined, grey: (level: number) => string, marks: MarkColours) => (mark && marks[mark]) ?? grey(level);

function runs(cells: readonly (readonly HalfBlock[])[], grey: Grey, marks: MarkColours): Run[][] {
  // without colour, shade characters (marked cells by their mark character)
  if (!grey) return cells.map((row) => [{ text: row.map(shadeOf).join(""), fg: undefined, bg: undefined }]);
  return cells.map((row) => {
    const out: Run[] = [];
    for (const cell of row) {
      const fg = colourOf(cell.top, cell.topMark, grey, marks);
      const bg = cell.bottom === undefined ? undefined : colourOf(cell.bottom, cell.bottomMark, grey, marks);
      const last = out.at(-1);
      if (last && last.fg === fg && last.bg === bg) last.text += "▀";
      else out.push({ text: "▀", fg, bg });
    }
    return out;
  });
}

/** Drawn rows per picture, its room, marks and ramp: frames are rebuilt on every key, their pictures are not. */
const drawnCache = new WeakMap<object, Map<string, { grey: Grey; marks: MarkColours; rows: Run[][] }>>();

function drawnRuns(m: MatrixData, width: number, lines: number, grey: Grey, marks: MarkColours): Run[][] {
  const byRoom = drawnCache.get(m.values) ?? new Map<string, { grey: Grey; marks: MarkColours; rows: Run[][] }>();
  drawnCache.set(m.values, byRoom);
  // the same picture is drawn with and without a window (steps share it): the marked cells are part of the key
  const key = `${width}×${lines}|${String(m.window ?? "")}|${String(m.current ?? "")}`;
  const hit = byRoom.get(key);
  if (hit && hit.grey === grey && hit.marks === marks) return hit.rows;
  const rows = runs(pictureCells(m, width, lines), grey, marks);
  byRoom.set(key, { grey, marks, rows });
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
  const marks = useMemo<MarkColours>(() => ({ window: theme.matrix.window, current: theme.matrix.current }), [theme]);
  const drawn = pictures.map((m) => drawnRuns(m, layout.width, layout.lines, grey, marks));
  // titles whole, wrapped to the picture's room; side by side each gets as many rows as the longest, so the pictures line up
  const titleRows = bandTitleLines(pictures.map(pictureBox), layout);
  return (
    <Box flexDirection={layout.side ? "row" : "column"} columnGap={PICTURE_GAP} rowGap={1} flexShrink={0}>
      {pictures.map((m, i) => (
        <Box key={m.id} flexDirection="column" flexShrink={0}>
          <Box width={Math.max(layout.width, 8)} height={titleRows[i]} flexDirection="column" flexShrink={0}>
            {pictureTitle(m, layout.width).map((line, k) => (
              <Text key={k} bold color={theme.matrix.title}>
                {line}
              </Text>
            ))}
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
