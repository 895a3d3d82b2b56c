// A lesson frame as plain text, for `convlab run` and anything else without a screen.
// No colour at all: highlighted cells are marked by brackets, so it reads in a pipe, a log
// or a diff. Widths are measured with string-width (CJK characters take two columns).
import stringWidth from "string-width";
import type { CodeView, Equation, Frame, MatrixView, Scalar, Series } from "../../lessons/frame.ts";
import { formatNumber, shapeLabel } from "../../lessons/format.ts";
import { cut } from "../draw/cut.ts";
import { drawPlot, plainLine } from "../draw/plot.ts";
import { signedSparkline } from "../draw/signed-sparkline.ts";
import { PICTURE_GAP, pictureLayout, pictureSize, scalePicture, shadeRows } from "../draw/picture.ts";
import type { Messages } from "./messages.ts";

export interface TextOptions {
  /** Columns to fit: narrative is wrapped and matrices placed side by side within it. */
  width: number;
  msg: Messages;
}

/** Cell markers: the sliding window, the cell being computed, a cell not computed yet. */
export const MARK = { window: ["[", "]"], current: ["{", "}"], plain: [" ", " "], pending: "·" } as const;
const GAP = "    ";
const SPARK = "▁▂▃▄▅▆▇█";
/** Drawn in a sparkline for NaN or ±Infinity, so a diverged run keeps its length. */
export const SPARK_BAD = "×";

export function renderFrame(frame: Frame, { width, msg }: TextOptions): string {
  const out: string[] = [];
  const title = `${frame.heading}  ${msg.stepOf(frame.step + 1, frame.steps)}`;
  out.push(title, "─".repeat(Math.min(width, stringWidth(title))));
  for (const paragraph of frame.narrative) out.push(...wrap(paragraph, width));
  const pictures = frame.matrices.filter(isPicture);
  const numbers = frame.matrices.filter((m) => !isPicture(m));
  if (pictures.length > 0) out.push("", ...renderPictures(pictures, width));
  if (numbers.length > 0) out.push("", ...renderMatrices(numbers, width), ...legend(numbers, msg));
  if (frame.equations.length > 0) out.push("", ...frame.equations.flatMap((e) => wrap(renderEquation(e, msg.colon), width)));
  if (frame.scalars.length > 0) out.push("", ...pack(frame.scalars.map(renderScalar), width));
  const labelWidth = Math.max(0, ...frame.series.map((s) => stringWidth(s.label)));
  for (const series of frame.series) out.push(renderSeries(series, width, msg, labelWidth));
  for (const plot of frame.plots ?? []) {
    const lines = drawPlot(plot, width, PLOT_LINES).map(plainLine);
    if (lines.length > 0) out.push("", ...lines);
  }
  if (frame.code.lines.length > 0) out.push("", `${msg.codeHeading}${msg.colon}`.trimEnd(), ...renderCode(frame.code));
  if (frame.outcome) {
    const kind = { done: msg.outcomeDone, warning: msg.outcomeWarning, diverged: msg.outcomeDiverged }[frame.outcome.kind];
    out.push("", ...wrap(`${kind.toUpperCase()}${msg.colon}${frame.outcome.message}`, width));
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
 * side, or stacked when narrow (src/draw/picture.ts decides). Titles carry the picture's own shape.
 */
export function renderPictures(views: readonly Pick<MatrixView, "title" | "values">[], width: number): string[] {
  // the band as tall as one picture at most, like `convlab image`: stacked only when that shows them larger
  const layout = pictureLayout(views.map((v) => pictureSize(v.values)), width, PICTURE_LINES + 1);
  const blocks = views.map((v) => [
    cut(`${v.title} ${shapeLabel(v.values)}`, Math.max(layout.width, 8)),
    ...shadeRows(scalePicture(v.values, layout.width, Math.min(PICTURE_LINES, layout.lines))),
  ]);
  return layout.side ? sideBySide(blocks, " ".repeat(PICTURE_GAP)) : blocks.flatMap((b, i) => (i > 0 ? ["", ...b] : b));
}

// ── matrices ────────────────────────────────────────────────────────────────

/** One matrix as lines: title with its shape, then aligned rows with marked cells. */
export function renderMatrix(view: Pick<MatrixView, "title" | "values" | "window" | "current" | "pending" | "format">): string[] {
  const has = (cells: MatrixView["window"], i: number, j: number) => cells?.some(([r, c]) => r === i && c === j) ?? false;
  const texts = view.values.map((row, i) =>
    row.map((v, j) => (has(view.pending, i, j) ? MARK.pending : formatNumber(v, view.format))),
  );
  const cols = texts[0]?.length ?? 0;
  const widths = Array.from({ length: cols }, (_, j) => Math.max(1, ...texts.map((r) => stringWidth(r[j] ?? ""))));
  const rows = texts.map((row, i) =>
    row
      .map((text, j) => {
        const [l, r] = has(view.current, i, j) ? MARK.current : has(view.window, i, j) ? MARK.window : MARK.plain;
        return l + padStart(text, widths[j]!) + r;
      })
      .join(" ")
      .trimEnd(),
  );
  return [`${view.title} ${shapeLabel(view.values)}`, ...rows];
}

/** Matrices side by side while they fit in `width`, then on the next band. */
export function renderMatrices(views: readonly Pick<MatrixView, "title" | "values" | "window" | "current" | "pending" | "format">[], width: number): string[] {
  return renderBlocks(views.map((v) => renderMatrix(v)), width);
}

/** Blocks of lines side by side while they fit in `width`, then on the next band after a blank line. */
export function renderBlocks(blocks: readonly (readonly string[])[], width: number, gap = GAP): string[] {
  const lines: string[] = [];
  let band: (readonly string[])[] = [];
  const bandWidth = (b: readonly (readonly string[])[]) => b.reduce((sum, x) => sum + blockWidth(x), 0) + gap.length * (b.length - 1);
  const flush = () => {
    if (band.length === 0) return;
    if (lines.length > 0) lines.push("");
    lines.push(...sideBySide(band, gap));
    band = [];
  };
  for (const block of blocks) {
    if (band.length > 0 && bandWidth([...band, block]) > width) flush();
    band.push(block);
  }
  flush();
  return lines;
}

/**
 * Blocks of lines on one band, each padded to its own width. Widths are display widths
 * (string-width skips colour escape codes, so pictures line up too).
 */
export function sideBySide(blocks: readonly (readonly string[])[], gap = GAP): string[] {
  const height = Math.max(...blocks.map((b) => b.length));
  const widths = blocks.map(blockWidth);
  return Array.from({ length: height }, (_, i) =>
    blocks
      .map((b, k) => (k === blocks.length - 1 ? (b[i] ?? "") : padEnd(b[i] ?? "", widths[k]!)))
      .join(gap)
      .trimEnd(),
  );
}

/** Rows as columns, two spaces apart: every column but the last padded to its widest cell. */
export function table(rows: readonly (readonly string[])[]): string[] {
  const columns = Math.max(0, ...rows.map((r) => r.length));
  const widths = Array.from({ length: columns - 1 }, (_, j) => Math.max(...rows.map((r) => stringWidth(r[j] ?? ""))));
  return rows.map((row) => row.map((cell, j) => (j < columns - 1 ? padEnd(cell, widths[j]!) : cell)).join("  ").trimEnd());
}

function blockWidth(block: readonly string[]): number {
  return Math.max(0, ...block.map((l) => stringWidth(l)));
}

function legend(views: readonly MatrixView[], msg: Messages): string[] {
  const parts: string[] = [];
  if (views.some((v) => v.window?.length)) parts.push(msg.legendWindow);
  if (views.some((v) => v.current?.length)) parts.push(msg.legendCurrent);
  if (views.some((v) => v.pending?.length)) parts.push(msg.legendPending);
  return parts.length > 0 ? [parts.join("   ")] : [];
}

// ── equations, scalars, series, code ────────────────────────────────────────

/** Tokens carry their own spacing (`0`, `×`, `0`, ` + ` …): joined as they are. */
export function renderEquation(eq: Equation, colon = ": "): string {
  const body = eq.tokens.map((t) => t.text).join("");
  return eq.label ? `${eq.label}${colon}${body}` : body;
}

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
  const room = Math.max(8, width - stringWidth(label) - stringWidth(stats) - 4);
  const line = series.signed ? signedSparkline(series.values, room) : sparkline(series.values, room, series.log);
  return `${label}  ${line}  ${stats}`.trimEnd();
}

/** Eight levels; a flat series sits mid-height; non-finite points drawn as SPARK_BAD. Never throws. */
export function sparkline(values: readonly number[], width: number, log = false): string {
  const cols = Math.max(0, Math.floor(width));
  if (values.length === 0 || cols === 0) return "";
  // Resample long series to the width: the last point of each bucket (keeps the end exact).
  const points =
    values.length <= cols
      ? [...values]
      : Array.from({ length: cols }, (_, i) => values[Math.min(values.length - 1, Math.floor(((i + 1) * values.length) / cols) - 1)]!);
  const useLog = log && points.every((v) => !Number.isFinite(v) || v > 0);
  const scaled = points.map((v) => (Number.isFinite(v) ? (useLog ? Math.log(v) : v) : NaN));
  const finite = scaled.filter(Number.isFinite);
  const lo = Math.min(...finite);
  const hi = Math.max(...finite);
  return scaled
    .map((v) => {
      if (!Number.isFinite(v)) return SPARK_BAD;
      if (!(hi > lo)) return SPARK[3];
      return SPARK[Math.min(SPARK.length - 1, Math.floor(((v - lo) / (hi - lo)) * SPARK.length))];
    })
    .join("");
}

/** Code lines with the ones this step runs marked by "▶". */
export function renderCode(code: CodeView): string[] {
  const current = new Set(code.current);
  return code.lines.map((line, i) => `${current.has(i) ? "▶ " : "  "}${line}`.trimEnd());
}

// ── text ────────────────────────────────────────────────────────────────────

/**
 * Closing marks that never start a line (Chinese typesetting): the character before goes down
 * with them. A string, not a regex literal, so the bundle stays ASCII (scripts/build.mjs).
 */
const NO_LINE_START = new RegExp("^[，。、；：！？）》」』】〉〕％…]$");

/** Word wrap by display width; CJK text (no spaces) may break between any two characters, never before "，" "。" and the like. */
export function wrap(text: string, width: number): string[] {
  const max = Math.max(1, Math.floor(width));
  const tokens = text.match(/\s+|[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]|[^\s\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]+/g) ?? [];
  const lines: string[] = [];
  // The current line as pieces (each with the space before it), so its last word can move down.
  let parts: string[] = [];
  let space = false;
  const line = () => parts.join("");
  const push = () => {
    lines.push(line());
    parts = [];
    space = false;
  };
  for (const token of tokens) {
    if (/^\s+$/.test(token)) {
      if (parts.length > 0) space = true;
      continue;
    }
    const piece = (space ? " " : "") + token;
    if (stringWidth(line() + piece) <= max) {
      parts.push(piece);
      space = false;
      continue;
    }
    if (NO_LINE_START.test(token) && parts.length > 1) {
      const carried = parts.pop()!.trimStart();
      push();
      parts.push(carried);
      if (stringWidth(carried + token) <= max) {
        parts.push(token);
        continue;
      }
    } else if (parts.length > 0) push();
    // A word wider than the line is cut by characters.
    for (const ch of token) {
      if (stringWidth(line() + ch) > max && parts.length > 0) push();
      parts.push(ch);
    }
  }
  if (parts.length > 0 || lines.length === 0) lines.push(line());
  return lines;
}

/** Items kept whole, three spaces apart, as many per line as fit. */
export function pack(items: readonly string[], width: number, sep = "   "): string[] {
  const lines: string[] = [];
  for (const item of items) {
    const last = lines.length - 1;
    if (last >= 0 && stringWidth(lines[last] + sep + item) <= width) lines[last] += sep + item;
    else lines.push(item);
  }
  return lines;
}

export { cut };

export function padStart(text: string, width: number): string {
  return " ".repeat(Math.max(0, width - stringWidth(text))) + text;
}

export function padEnd(text: string, width: number): string {
  return text + " ".repeat(Math.max(0, width - stringWidth(text)));
}
