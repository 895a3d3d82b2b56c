// A lesson frame as plain text, for `convlab run` and anything else without a screen.
// No colour at all: highlighted cells are marked by brackets, so it reads in a pipe, a log
// or a diff. Every piece is drawn by src/draw (the lab draws with the same pieces).
import type { CodeView, Frame, MatrixView, Scalar, Series } from "../../lessons/frame.ts";
import { formatNumber } from "../../lessons/format.ts";
import { equationLines } from "../draw/equation.ts";
import { matrixLines, matrixTitle } from "../draw/matrix.ts";
import { bandTitleLines, MARK_CHARS, PICTURE_GAP, pictureBox, pictureCells, pictureLayout, pictureSize, pictureTitle, shadeOf } from "../draw/picture.ts";
import { drawPlot, plainLine } from "../draw/plot.ts";
import { signedSparkline } from "../draw/signed-sparkline.ts";
import { sparkline } from "../draw/sparkline.ts";
import { cut, pack, padEnd, renderBlocks, sideBySide, textWidth } from "../draw/text.ts";
import { wrapText } from "../draw/wrap.ts";
import type { Messages } from "./messages.ts";

export interface TextOptions {
  /** Columns to fit: narrative is wrapped and matrices placed side by side within it. */
  width: number;
  msg: Messages;
}

/** Cells of a matrix are one space apart here (the lab draws them closer). */
const CELL_SEP = " ";

export function renderFrame(frame: Frame, { width, msg }: TextOptions): string {
  const out: string[] = [];
  const title = `${frame.heading}  ${msg.stepOf(frame.step + 1, frame.steps)}`;
  out.push(title, "─".repeat(Math.min(width, textWidth(title))));
  for (const paragraph of frame.narrative) out.push(...wrapText(paragraph, width));
  const pictures = frame.matrices.filter(isPicture);
  const numbers = frame.matrices.filter((m) => !isPicture(m));
  if (pictures.length > 0) out.push("", ...renderPictures(pictures, width), ...pictureLegend(pictures, msg));
  if (numbers.length > 0) out.push("", ...renderMatrices(numbers, width), ...legend(numbers, msg));
  if (frame.equations.length > 0) out.push("", ...frame.equations.flatMap((e) => equationLines(e, width, msg.colon)));
  if (frame.scalars.length > 0) out.push("", ...pack(frame.scalars.map(renderScalar), width));
  const labelWidth = Math.max(0, ...frame.series.map((s) => textWidth(s.label)));
  for (const series of frame.series) out.push(renderSeries(series, width, msg, labelWidth));
  for (const plot of frame.plots ?? []) {
    const lines = drawPlot(plot, width, PLOT_LINES).map(plainLine);
    if (lines.length > 0) out.push("", ...lines);
  }
  if (frame.code.lines.length > 0) out.push("", `${msg.codeHeading}${msg.colon}`.trimEnd(), ...renderCode(frame.code));
  if (frame.outcome) {
    const kind = { done: msg.outcomeDone, warning: msg.outcomeWarning, diverged: msg.outcomeDiverged }[frame.outcome.kind];
    out.push("", ...wrapText(`${kind.toUpperCase()}${msg.colon}${frame.outcome.message}`, width));
  }
  return out.join("\n") + "\n";
}

/** Lines a plot may take in plain text (title, area, axis, legend). */
export const PLOT_LINES = 22;

// ── pictures ────────────────────────────────────────────────────────────────

/** Text rows a picture may take here (two pixel rows each), like `convlab image`'s 48 pixel rows. */
export const PICTURE_LINES = 24;

/** A matrix the lesson marks as a picture, with pixels to show (an empty one is drawn as numbers). */
const isPicture = (m: MatrixView): boolean => m.picture === true && pictureSize(m.values).width > 0;

/**
 * Pictures as shade characters (no colour in plain text), scaled down to fit `width`: side by
 * side, or stacked when narrow (src/draw/picture.ts decides). Titles carry the picture's own
 * shape and wrap whole; the window and the output pixel being explained are marked (X, O).
 */
export function renderPictures(views: readonly Pick<MatrixView, "title" | "values" | "window" | "current">[], width: number): string[] {
  // the band as tall as one picture at most, like `convlab image`: stacked only when that shows them larger
  const boxes = views.map(pictureBox);
  const layout = pictureLayout(boxes, width, PICTURE_LINES + 1);
  const titleRows = bandTitleLines(boxes, layout);
  const blocks = views.map((v, i) => {
    const title = pictureTitle(v, layout.width);
    return [...title, ...Array<string>(titleRows[i]! - title.length).fill(""), ...pictureCells(v, layout.width, Math.min(PICTURE_LINES, layout.lines)).map((row) => row.map(shadeOf).join(""))];
  });
  return layout.side ? sideBySide(blocks, " ".repeat(PICTURE_GAP)) : blocks.flatMap((b, i) => (i > 0 ? ["", ...b] : b));
}

/** What the mark characters on the pictures mean, when a picture has marks. */
function pictureLegend(views: readonly MatrixView[], msg: Messages): string[] {
  return views.some((v) => v.window?.length || v.current?.length) ? [msg.legendPictureMarks(MARK_CHARS.window, MARK_CHARS.current)] : [];
}

// ── matrices ────────────────────────────────────────────────────────────────

type MatrixText = Pick<MatrixView, "title" | "values" | "window" | "current" | "pending" | "format">;

/** One matrix as lines: title with its shape, then aligned rows with marked cells. */
export const renderMatrix = (view: MatrixText): string[] => matrixLines(view, CELL_SEP);

/** Matrices side by side while they fit in `width`, then on the next band. */
export function renderMatrices(views: readonly MatrixText[], width: number): string[] {
  return renderBlocks(views.map(renderMatrix), width);
}

function legend(views: readonly MatrixView[], msg: Messages): string[] {
  const parts: string[] = [];
  if (views.some((v) => v.window?.length)) parts.push(msg.legendWindow);
  if (views.some((v) => v.current?.length)) parts.push(msg.legendCurrent);
  if (views.some((v) => v.pending?.length)) parts.push(msg.legendPending);
  return parts.length > 0 ? [parts.join("   ")] : [];
}

// ── equations, scalars, series, code ────────────────────────────────────────

export function renderScalar(s: Scalar): string {
  return `${s.label} = ${formatNumber(s.value, s.format)}`;
}

/**
 * `loss  ▇▅▃▂▁▁  first 3.2  last 0.01  min 0.01`; labels padded to `labelWidth` so several series
 * line up. The numbers are the lesson's (Series.summary): without one, the sparkline stands alone.
 */
export function renderSeries(series: Series, width: number, msg: Messages, labelWidth = 0): string {
  const s = series.summary;
  const stats = s ? msg.seriesRange(formatNumber(s.first), formatNumber(s.last), formatNumber(s.min)) : "";
  const label = padEnd(series.label, labelWidth);
  const room = Math.max(8, width - textWidth(label) - textWidth(stats) - 4);
  const line = series.signed ? signedSparkline(series.values, room) : sparkline(series.values, room, { log: series.log });
  return `${label}  ${line}  ${stats}`.trimEnd();
}

/** Code lines with the ones this step runs marked by "▶". */
export function renderCode(code: CodeView): string[] {
  const current = new Set(code.current);
  return code.lines.map((line, i) => `${current.has(i) ? "▶ " : "  "}${line}`.trimEnd());
}
