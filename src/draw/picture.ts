// Pictures as text, shared by every renderer (`convlab image`, `convlab run`, the Ink lab):
// values in, lines or cells out, no terminal and no React here. Two pixel rows per text row:
// the upper half block "▀" (its foreground colours the top pixel, its background the bottom
// one), or without colour one shade character per pixel pair. Grey levels come from the
// lesson's frame (0 black … 1 white). The sums here (a pixel pair's mean for its shade, a box
// mean when scaling down to the panel) are drawing, not results a lesson states.

import type { Cell, MatrixView } from "../../lessons/frame.ts";
import { matrixTitle } from "./matrix.ts";
import { wrapText } from "./wrap.ts";

/** 0: no colour (shade characters), 2: 256 colours, 3: 24-bit colour. */
export type ColourLevel = 0 | 2 | 3;

/** Dark to light, for terminals without colour (and pipes, logs, NO_COLOR). */
export const SHADES = " .:-=+*#%@";

/** A picture as rows of grey levels (rows may be ragged or empty: missing pixels are black). */
export type Picture = readonly (readonly number[])[];

/**
 * The colour level for this terminal, by the usual conventions: NO_COLOR turns colour off;
 * FORCE_COLOR forces it (0 off, 3 24-bit, anything else 256); otherwise colour only on a
 * terminal, 24-bit when COLORTERM says so, none for TERM=dumb.
 */
export function colourLevel(env: NodeJS.ProcessEnv, isTerminal: boolean): ColourLevel {
  if (env.NO_COLOR) return 0;
  const force = env.FORCE_COLOR;
  if (force !== undefined) {
    if (force === "0" || force === "false") return 0;
    return force === "3" ? 3 : 2;
  }
  if (!isTerminal || env.TERM === "dumb") return 0;
  return /^(truecolor|24bit)$/i.test(env.COLORTERM ?? "") ? 3 : 2;
}

/** A grey level clamped to 0…1 (NaN and ±∞ black). */
export const clampGrey = (v: number): number => Math.min(1, Math.max(0, Number.isFinite(v) ? v : 0));

/** A grey level as a byte 0–255 (out of range clamped, NaN and ±∞ black). */
export const greyByte = (v: number): number => Math.round(clampGrey(v) * 255);

/** Columns (pixels) and pixel rows of a picture; 0×0 when empty. */
export function pictureSize(values: Picture): { width: number; height: number } {
  const width = Math.max(0, ...values.map((r) => r.length));
  return { width, height: width === 0 ? 0 : values.length };
}

/**
 * What a pixel is marked as while an output pixel is explained: under the kernel's window (on
 * the input) or the output pixel itself (on the output), as the frame's `window` and `current`.
 */
export type PixelMark = "window" | "current";
/** Marks per pixel (undefined: unmarked), the picture's shape. */
export type Marks = readonly (readonly (PixelMark | undefined)[])[];

/** Without colour, a cell holding a marked pixel is drawn with this character instead of its shade. */
export const MARK_CHARS: Record<PixelMark, string> = { window: "X", current: "O" };

/** One text cell: the top pixel and the bottom one (undefined below an odd last row), and their marks. */
export interface HalfBlock {
  top: number;
  bottom: number | undefined;
  topMark?: PixelMark;
  bottomMark?: PixelMark;
}

/** The text cells of a picture, two pixel rows per text row (with the pixels' marks, if given). */
export function halfBlocks(values: Picture, marks?: Marks): HalfBlock[][] {
  const { width, height } = pictureSize(values);
  const rows: HalfBlock[][] = [];
  for (let r = 0; r < height; r += 2) {
    rows.push(
      Array.from({ length: width }, (_, c) => {
        const cell: HalfBlock = { top: values[r]![c] ?? 0, bottom: r + 1 < height ? (values[r + 1]![c] ?? 0) : undefined };
        const [topMark, bottomMark] = [marks?.[r]?.[c], r + 1 < height ? marks?.[r + 1]?.[c] : undefined];
        return { ...cell, ...(topMark ? { topMark } : {}), ...(bottomMark ? { bottomMark } : {}) };
      }),
    );
  }
  return rows;
}

/** The shade character for a cell: the mean grey of its two pixels on SHADES, or its mark (the output pixel over the window). */
export function shadeOf(cell: HalfBlock): string {
  const mark = cell.topMark === "current" || cell.bottomMark === "current" ? "current" : (cell.topMark ?? cell.bottomMark);
  if (mark) return MARK_CHARS[mark];
  const b = cell.bottom === undefined ? greyByte(cell.top) : (greyByte(cell.top) + greyByte(cell.bottom)) / 2;
  return SHADES[Math.min(SHADES.length - 1, Math.floor((b / 256) * SHADES.length))]!;
}

/** A picture as shade-character lines (no ANSI), each exactly the picture's width. */
export function shadeRows(values: Picture, marks?: Marks): string[] {
  return halfBlocks(values, marks).map((row) => row.map(shadeOf).join(""));
}

/** The 256-colour palette's closest grey: 16 (black, 0), the ramp 232–255 (8, 18 … 238), or 231 (white, 255). */
export function grey256(v: number): number {
  const b = greyByte(v);
  if (b < 4) return 16;
  if (b > 246) return 231;
  return 232 + Math.min(23, Math.max(0, Math.round((b - 8) / 10)));
}

function ansi(v: number, level: 2 | 3, layer: 38 | 48): string {
  if (level === 3) {
    const b = greyByte(v);
    return `\u001b[${layer};2;${b};${b};${b}m`;
  }
  return `\u001b[${layer};5;${grey256(v)}m`;
}

/** One picture as terminal lines: half blocks with ANSI colours, or shade characters at level 0. */
export function renderPicture(values: Picture, level: ColourLevel): string[] {
  if (level === 0) return shadeRows(values);
  return halfBlocks(values).map(
    (row) => row.map((c) => ansi(c.top, level, 38) + (c.bottom === undefined ? "\u001b[49m" : ansi(c.bottom, level, 48)) + "▀").join("") + "\u001b[0m",
  );
}

/**
 * The picture scaled down (never up) to at most `maxWidth` columns and `maxLines` text rows
 * (2 pixel rows each), keeping its shape; each shown pixel is the mean of the box it covers.
 * Levels come back clamped to 0…1 (NaN and ±∞ black). Never throws: empty stays empty, limits below 1 count as 1.
 */
export function scalePicture(values: Picture, maxWidth: number, maxLines: number): number[][] {
  const { width, height } = pictureSize(values);
  if (width === 0) return [];
  const { width: w, height: h } = scaledSize({ width, height }, maxWidth, maxLines);
  if (w === width && h === height) return Array.from({ length: height }, (_, r) => Array.from({ length: width }, (_, c) => clampGrey(values[r]![c] ?? 0)));
  return Array.from({ length: h }, (_, r) => {
    const [r0, r1] = [Math.floor((r * height) / h), Math.max(Math.floor((r * height) / h) + 1, Math.floor(((r + 1) * height) / h))];
    return Array.from({ length: w }, (_, c) => {
      const [c0, c1] = [Math.floor((c * width) / w), Math.max(Math.floor((c * width) / w) + 1, Math.floor(((c + 1) * width) / w))];
      let sum = 0;
      for (let i = r0; i < r1; i++) for (let j = c0; j < c1; j++) sum += clampGrey(values[i]![j] ?? 0);
      return sum / ((r1 - r0) * (c1 - c0));
    });
  });
}

/**
 * The frame's marked cells carried to the picture scaled to `size`: a shown pixel is marked when
 * the box of pixels it stands for holds a marked one (the output pixel wins over the window), so a
 * 3×3 window stays visible however small the picture is drawn.
 */
export function scaleMarks(values: Picture, view: Pick<MatrixView, "window" | "current">, size: { width: number; height: number }): Marks | undefined {
  if (!view.window?.length && !view.current?.length) return undefined;
  const { width, height } = pictureSize(values);
  // each source row (column) lies in exactly one box of the scaled picture, as scalePicture cuts them
  const boxOf = (n: number, N: number) => {
    const out = new Array<number>(N).fill(n - 1);
    for (let k = 0; k < n; k++) {
      const [from, to] = [Math.floor((k * N) / n), Math.max(Math.floor((k * N) / n) + 1, Math.floor(((k + 1) * N) / n))];
      for (let i = from; i < to && i < N; i++) out[i] = k;
    }
    return out;
  };
  const [rowOf, colOf] = [boxOf(size.height, height), boxOf(size.width, width)];
  const marks: (PixelMark | undefined)[][] = Array.from({ length: size.height }, () => new Array<PixelMark | undefined>(size.width).fill(undefined));
  const put = (cells: readonly Cell[] | undefined, mark: PixelMark) => {
    for (const [i, j] of cells ?? []) {
      const [r, c] = [rowOf[i], colOf[j]];
      if (r === undefined || c === undefined) continue;
      if (marks[r]![c] !== "current") marks[r]![c] = mark;
    }
  };
  put(view.window, "window");
  put(view.current, "current");
  return marks;
}

/** A picture of the frame drawn into at most `width` × `lines`: its cells, the marked ones marked. */
export function pictureCells(view: Pick<MatrixView, "values" | "window" | "current">, width: number, lines: number): HalfBlock[][] {
  const scaled = scalePicture(view.values, width, lines);
  return halfBlocks(scaled, scaleMarks(view.values, view, pictureSize(scaled)));
}

/** A picture's title with its shape, wrapped whole to `width` (never cut): each picture says what it is. */
export function pictureTitle(view: Pick<MatrixView, "title" | "values">, width: number): string[] {
  return wrapText(matrixTitle(view), Math.max(8, width));
}

/** The size `scalePicture` gives: one factor for both sides, at least 1×1 for a non-empty picture. */
export function scaledSize(size: { width: number; height: number }, maxWidth: number, maxLines: number): { width: number; height: number } {
  if (size.width <= 0 || size.height <= 0) return { width: 0, height: 0 };
  const cols = Math.max(1, Math.floor(Number.isFinite(maxWidth) ? maxWidth : 1));
  const rows = 2 * Math.max(1, Math.floor(Number.isFinite(maxLines) ? maxLines : 1));
  const f = Math.min(1, cols / size.width, rows / size.height);
  return { width: Math.min(cols, Math.max(1, Math.floor(size.width * f))), height: Math.min(rows, Math.max(1, Math.floor(size.height * f))) };
}

/** Columns between pictures drawn side by side. */
export const PICTURE_GAP = 3;
/** How a band of pictures is laid out: side by side or stacked, and the room for each. */
export interface PictureLayout {
  side: boolean;
  /** Columns and text rows (the title lines not counted) for each picture. */
  width: number;
  lines: number;
}

/** A picture's size, and its title line (with its shape) when known: a long title wraps and takes rows. */
export interface PictureBox {
  width: number;
  height: number;
  title?: string;
}

/** The size and title of a frame's picture, for laying out a band of them. */
export const pictureBox = (m: Pick<MatrixView, "title" | "values">): PictureBox => ({ ...pictureSize(m.values), title: matrixTitle(m) });

/** Rows a picture's title takes at `width` (one when the title is not known). */
const titleLines = (box: PictureBox, width: number): number => (box.title === undefined ? 1 : wrapText(box.title, Math.max(8, width)).length);

/** Title rows of a band: side by side every title gets as many as the longest (so the pictures line up). */
export function bandTitleLines(boxes: readonly PictureBox[], layout: Pick<PictureLayout, "side" | "width">): number[] {
  const each = boxes.map((b) => titleLines(b, layout.width));
  return layout.side ? each.map(() => Math.max(1, ...each)) : each;
}

/**
 * Side by side reads better (input and output compared at a glance): pictures are stacked only
 * when that shows them at least this much larger (1 / 0.8 = 25 %).
 */
export const SIDE_BY_SIDE_BIAS = 0.8;

/**
 * Side by side or stacked (a blank line between), whichever shows the pictures larger in
 * `width` columns and `lines` rows for the whole band (each picture has its title, wrapped whole),
 * with SIDE_BY_SIDE_BIAS for side by side. So a wide panel puts input beside output, a narrow
 * tall one stacks them.
 */
export function pictureLayout(sizes: readonly PictureBox[], width: number, lines: number, gap = PICTURE_GAP): PictureLayout {
  const n = Math.max(1, sizes.length);
  const sideWidth = Math.max(1, Math.floor((width - gap * (n - 1)) / n));
  const sideTitles = Math.max(1, ...bandTitleLines(sizes, { side: true, width: sideWidth }));
  const side: PictureLayout = { side: true, width: sideWidth, lines: Math.max(1, lines - sideTitles) };
  if (n === 1) return side;
  const stackedWidth = Math.max(1, width);
  const stackedTitles = bandTitleLines(sizes, { side: false, width: stackedWidth }).reduce((a, b) => a + b, 0);
  const stacked: PictureLayout = { side: false, width: stackedWidth, lines: Math.max(1, Math.floor((lines - (n - 1) - stackedTitles) / n)) };
  // the smallest scale any picture gets, as a fraction of its own width
  const scale = (l: PictureLayout) => Math.min(...sizes.map((s) => (s.width > 0 ? scaledSize(s, l.width, l.lines).width / s.width : 1)));
  return scale(side) >= SIDE_BY_SIDE_BIAS * scale(stacked) ? side : stacked;
}

/** Text rows a band of pictures takes when drawn with `layout` (titles and the blank lines between stacked ones included). */
export function pictureBandHeight(sizes: readonly PictureBox[], layout: PictureLayout): number {
  if (sizes.length === 0) return 0;
  const titles = bandTitleLines(sizes, layout);
  const heights = sizes.map((s, i) => titles[i]! + Math.ceil(scaledSize(s, layout.width, layout.lines).height / 2));
  return layout.side ? Math.max(...heights) : heights.reduce((a, b) => a + b, 0) + sizes.length - 1;
}
