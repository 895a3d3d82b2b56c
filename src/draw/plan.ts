// The one layout planner: from a frame and a terminal size, every panel's size and what it
// shows. Pure, so it is tested directly (every lesson, every step, three sizes, two languages);
// the lab's components draw exactly what it decided and measure nothing themselves.
//
// Order of priority: the numbers (matrices, equations, scalars, sparklines) come first and are
// never dropped: when they cannot all fit they are split into pages behind a visible mark. The
// narrative scrolls behind a mark. The code takes what is left and is left out when too little is.
import { codeRows, type CodeRow } from "./code.ts";
import type { Equation, Frame, MatrixView, Plot, Scalar, Series } from "../../lessons/frame.ts";
import { formatNumber } from "../../lessons/format.ts";
import { equationRows, equationText, type EquationPiece } from "./equation.ts";
import { CUES, drawMatrix, matrixTitle, type DrawnCell } from "./matrix.ts";
import { plotHeight } from "./plot.ts";
import { PICTURE_GAP, pictureBandHeight, pictureBox, pictureLayout, pictureSize, scaledSize, type PictureLayout } from "./picture.ts";
import { textWidth } from "./text.ts";
import { wrapText } from "./wrap.ts";

export interface Size {
  columns: number;
  rows: number;
}

export const WIDE_COLUMNS = 100;
export const MIN_COLUMNS = 60;
export const MIN_ROWS = 18;
/** Gap between the two columns of the wide layout. */
export const COLUMN_GAP = 3;
/** Gap between matrices drawn side by side. */
export const MATRIX_GAP = 3;
/** Room for a sparkline with its first/last/min line. */
export const MIN_NUMBERS_WIDTH = 44;
/** The text column never gets narrower than this in the wide layout. */
export const MIN_TEXT_WIDTH = 40;
/** Text rows a picture may take (48 pixel rows, as `convlab image` and `convlab run` show at most). */
export const PICTURE_LINES = 24;
/** Pictures get at least this many rows. */
const MIN_PICTURE_LINES = 4;
/** Code is shown only with at least this many of its lines (plus its title). */
const MIN_CODE_LINES = 2;
/** A plot (the frame's first) takes at most PLOT_LINES, and only with MIN_PLOT_LINES to spare. */
export const PLOT_LINES = 18;
const MIN_PLOT_LINES = 10;
const plotRoom = (room: number): number => (room >= MIN_PLOT_LINES ? Math.min(PLOT_LINES, room) : 0);
/** Lines the narrative keeps on a short screen (with its mark) before the code gets any. */
const MIN_NARRATIVE_LINES = 3;

/** Below this many rows the blank line under the header goes to the body (80×24 needs every line). */
export const ROOMY_ROWS = 30;
/** Blank lines between the header and the body. */
export const headerGap = (size: Size): number => (size.rows < ROOMY_ROWS ? 0 : 1);
/** Lines between the header and a footer of `footerLines`, in a live area one row shorter than the terminal. */
export const bodyLines = (size: Size, footerLines: number): number => Math.max(1, size.rows - 1 - 1 - headerGap(size) - footerLines);

export const isTooSmall = (size: Size): boolean => size.columns < MIN_COLUMNS || size.rows < MIN_ROWS;
export const isWide = (size: Size): boolean => size.columns >= WIDE_COLUMNS;

// ── the numbers panel ───────────────────────────────────────────────────────

/** A matrix ready to draw: its cells drawn once, its width known. */
export interface DrawnMatrix {
  matrix: MatrixView;
  cells: DrawnCell[][];
  width: number;
}

/** One piece of the numbers panel, with the exact lines it takes. */
export type NumbersBlock = { height: number; gapBefore: boolean } & (
  // `packedFrom`: matrices from this index on are other groups packed beside (no separators)
  | { kind: "matrices"; matrices: DrawnMatrix[]; separators: boolean; gaps?: number[]; packedFrom?: number }
  | { kind: "pictures"; pictures: MatrixView[]; layout: PictureLayout; beside?: DrawnMatrix[] }
  | { kind: "equation"; rows: EquationPiece[][] }
  | { kind: "scalars"; rows: Scalar[][] }
  // `spark`: cells of a sparkline squeezed onto its one line (short of rows), else one per point
  // `labelWidth`: the panel's longest label, to pad to where bars are resampled (squeezed or on
  // a line of their own), so the same values draw the same bars; one cell per point needs none
  | { kind: "series"; series: Series; inline: boolean; spark?: number; labelWidth: number }
  // a plot on a page of its own, when there is no room for it beside the numbers
  | { kind: "plot"; plot: Plot }
  /** What the marks mean, `[ ] window · < > …`, under the last marked matrices (wrapped lines). */
  | { kind: "legend"; lines: string[] }
);

/** Columns between two groups packed on one band (wider than between the matrices of a group). */
export const GROUP_GAP = 6;

/**
 * Bands of different groups side by side where they fit in `width` (used only when the numbers
 * would not fit the screen otherwise): a band takes the next one beside it, a wider gap between.
 * A gradient step takes a plain group beside it over its update equations (lesson 3's lr beside
 * W │ ∂l/∂W │ W − lr·∂l/∂W), never the other way round.
 */
export function packBands(blocks: readonly NumbersBlock[], width: number): NumbersBlock[] {
  type Band = Extract<NumbersBlock, { kind: "matrices" }>;
  const out: NumbersBlock[] = [];
  const bandWidthOf = (b: Band): number =>
    b.matrices.reduce((w, m, i) => w + m.width + (i > 0 ? (b.gaps?.[i] ?? MATRIX_GAP) + (b.separators && i < (b.packedFrom ?? Infinity) ? 2 : 0) : 0), 0);
  for (const b of blocks) {
    // the band to pack beside: the last one, past its own update equations
    let at = out.length - 1;
    while (at >= 0 && out[at]!.kind === "equation" && !out[at]!.gapBefore) at--;
    const prev = out[at];
    if (prev?.kind === "matrices" && (at === out.length - 1 || prev.separators) && b.kind === "matrices" && !b.separators && b.gapBefore) {
      const add = GROUP_GAP + bandWidthOf(b);
      if (bandWidthOf(prev) + add <= width) {
        const gaps = [...(prev.gaps ?? prev.matrices.map(() => MATRIX_GAP)), GROUP_GAP, ...b.matrices.slice(1).map(() => MATRIX_GAP)];
        out[at] = { ...prev, matrices: [...prev.matrices, ...b.matrices], gaps, packedFrom: prev.packedFrom ?? prev.matrices.length, height: Math.max(prev.height, b.height) };
        continue;
      }
    }
    out.push(b);
  }
  return out;
}

/** Matrices in groups, in order of first appearance. */
export function matrixGroups(matrices: readonly MatrixView[]): MatrixView[][] {
  const groups = new Map<string, MatrixView[]>();
  matrices.forEach((m, i) => {
    const key = m.group ?? `#${i}`;
    groups.set(key, [...(groups.get(key) ?? []), m]);
  });
  return [...groups.values()];
}

/** The parameter a group steps (W when the group holds W and its gradient), as the frame says. */
export function steppedParameter(group: readonly MatrixView[]): string | undefined {
  return group.find((m) => m.gradientOf !== undefined && group.some((p) => p.id === m.gradientOf))?.gradientOf;
}

/** A matrix drawn as a picture: marked so by the lesson and with pixels to show. */
export const isPicture = (m: MatrixView): boolean => m.picture === true && pictureSize(m.values).width > 0;

function drawn(m: MatrixView): DrawnMatrix {
  const cells = drawMatrix(m);
  const rowWidth = Math.max(0, ...cells.map((r) => r.reduce((w, c) => w + textWidth(c.text), 0)));
  return { matrix: m, cells, width: Math.max(textWidth(matrixTitle(m)), rowWidth) };
}

/** Bands of matrices side by side within `width` (a gradient step's separators take 2 more columns each). */
function matrixBands(ms: readonly DrawnMatrix[], width: number, extra: number): DrawnMatrix[][] {
  const bands: DrawnMatrix[][] = [];
  let band: DrawnMatrix[] = [];
  let used = 0;
  for (const m of ms) {
    const add = (band.length > 0 ? MATRIX_GAP + extra : 0) + m.width;
    if (band.length > 0 && used + add > width) {
      bands.push(band);
      band = [];
      used = 0;
    }
    used += band.length > 0 ? add : m.width;
    band.push(m);
  }
  if (band.length > 0) bands.push(band);
  return bands;
}

const bandHeight = (band: readonly DrawnMatrix[]): number => 1 + Math.max(0, ...band.map((m) => m.cells.length));
const bandWidth = (band: readonly DrawnMatrix[], extra: number): number => band.reduce((w, m, i) => w + m.width + (i > 0 ? MATRIX_GAP + extra : 0), 0);

/** Scalars as rows, whole items "label value" three columns apart. */
function scalarRows(scalars: readonly Scalar[], width: number): Scalar[][] {
  const rows: Scalar[][] = [];
  let used = 0;
  for (const s of scalars) {
    const w = scalarWidth(s);
    if (rows.length > 0 && used + 3 + w <= width) {
      rows[rows.length - 1]!.push(s);
      used += 3 + w;
    } else {
      rows.push([s]);
      used = w;
    }
  }
  return rows;
}

export const scalarText = (s: Scalar): { label: string; value: string } => ({ label: s.label, value: formatNumber(s.value, s.format) });
const scalarWidth = (s: Scalar): number => textWidth(`${s.label} ${formatNumber(s.value, s.format)}`);

/**
 * A sparkline's numbers ("first 12.5 · last 0.3 · min 0.3") and the legend of its non-finite
 * marks, as words in the frame's language; the lab's Sparkline prints exactly this.
 */
export interface SeriesWords {
  first: string;
  last: string;
  min: string;
  nonFiniteMarks: string;
  /** What a matrix's [window] and <current> cells are, for the legend (none without them). */
  legendWindow?: string;
  legendCurrent?: string;
}

export function seriesStats(series: Series, words: SeriesWords): string {
  const s = series.summary;
  const stats = s
    ? [`${words.first} ${formatNumber(s.first)}`, `${words.last} ${formatNumber(s.last)}`, ...(Number.isNaN(s.min) ? [] : [`${words.min} ${formatNumber(s.min)}`])].join(" · ")
    : "";
  const marks = series.values.some((v) => !Number.isFinite(v));
  return marks ? (stats ? `${stats}  (${words.nonFiniteMarks})` : words.nonFiniteMarks) : stats;
}

/** One line (label, every point, numbers) when the whole series fits beside its numbers; else two. */
export function seriesInline(series: Series, words: SeriesWords, width: number): boolean {
  const stats = seriesStats(series, words);
  return textWidth(series.label) + 1 + series.values.length + (stats ? 2 + textWidth(stats) : 0) <= width;
}

/**
 * The numbers panel as blocks at `width`: matrix groups (a gradient step with its update
 * equations beneath), pictures where the first of them stands, then the other equations, the
 * scalars and the sparklines. `pictureLines` is the room the pictures may take.
 */
export function numbersBlocks(frame: Frame, width: number, words: SeriesWords, pictureLines = PICTURE_LINES + 1): NumbersBlock[] {
  const pictures = frame.matrices.filter(isPicture);
  const groups = matrixGroups(frame.matrices.filter((m) => !isPicture(m)));
  const used = new Set<Equation>();
  const blocks: NumbersBlock[] = [];
  const firstPicture = pictures.length > 0 ? frame.matrices.indexOf(pictures[0]!) : -1;
  const pushPictures = () => {
    // each picture with its title, which wraps whole and takes rows of its own
    const boxes = pictures.map(pictureBox);
    const layout = pictureLayout(boxes, width, Math.max(MIN_PICTURE_LINES, Math.min(pictureLines, (PICTURE_LINES + 2) * pictures.length)));
    blocks.push({ kind: "pictures", pictures, layout, height: pictureBandHeight(boxes, layout), gapBefore: blocks.length > 0 });
  };
  let picturesPlaced = pictures.length === 0;
  for (const group of groups) {
    if (!picturesPlaced && frame.matrices.indexOf(group[0]!) > firstPicture) {
      pushPictures();
      picturesPlaced = true;
    }
    const param = steppedParameter(group);
    const ms = group.map(drawn);
    // a gradient step reads W │ ∂l/∂W │ W − lr·∂l/∂W, separators only when on one line
    const separators = param !== undefined && bandWidth(ms, 2) <= width;
    matrixBands(ms, width, separators ? 2 : 0).forEach((band, i) =>
      blocks.push({ kind: "matrices", matrices: band, separators, height: bandHeight(band), gapBefore: blocks.length > 0 && i === 0 ? true : blocks.length > 0 }),
    );
    if (param === undefined) continue;
    for (const e of frame.equations.filter((eq) => eq.updates === param)) {
      used.add(e);
      const rows = equationRows(e, width);
      blocks.push({ kind: "equation", rows, height: rows.length, gapBefore: false });
    }
  }
  if (!picturesPlaced) pushPictures();
  besidePictures(blocks, width, pictureLines);
  for (const e of frame.equations) {
    if (used.has(e)) continue;
    const rows = equationRows(e, width);
    blocks.push({ kind: "equation", rows, height: rows.length, gapBefore: false });
  }
  if (frame.scalars.length > 0) {
    const rows = scalarRows(frame.scalars, width);
    blocks.push({ kind: "scalars", rows, height: rows.length, gapBefore: false });
  }
  const labelWidth = Math.max(0, ...frame.series.map((s) => textWidth(s.label)));
  for (const series of frame.series) {
    const inline = seriesInline(series, words, width);
    blocks.push({ kind: "series", series, inline, height: inline ? 1 : 2, gapBefore: false, labelWidth });
  }
  addLegend(blocks, width, words);
  return blocks;
}

/** Where matrices show both a window and a current cell: a line saying what the marks are, under the last marked band. */
function addLegend(blocks: NumbersBlock[], width: number, words: SeriesWords): void {
  const marked = (b: NumbersBlock, cells: "window" | "current") => b.kind === "matrices" && b.matrices.some((d) => (d.matrix[cells]?.length ?? 0) > 0);
  const last = blocks.findLastIndex((b) => marked(b, "window") || marked(b, "current"));
  if (!words.legendWindow || !words.legendCurrent || !blocks.some((b) => marked(b, "window")) || !blocks.some((b) => marked(b, "current"))) return;
  const text = `${CUES.window.join(" ")} ${words.legendWindow} · ${CUES.current.join(" ")} ${words.legendCurrent}`;
  const lines = wrapText(text, width);
  blocks.splice(last + 1, 0, { kind: "legend", lines, height: lines.length, gapBefore: false });
}

const isLegend = (b: NumbersBlock): boolean => b.kind === "legend";

/**
 * A small band of matrices right after the pictures (lesson 9's kernel) moves beside them when
 * that shows the pictures larger: on a short screen the pictures are scaled down by the rows,
 * and the columns beside them stand empty. The band takes the matrices' rows and a gap.
 */
function besidePictures(blocks: NumbersBlock[], width: number, pictureLines: number): void {
  const at = blocks.findIndex((b) => b.kind === "pictures");
  const [p, m] = [blocks[at], blocks[at + 1]];
  if (p?.kind !== "pictures" || m?.kind !== "matrices" || m.separators || m.gaps) return;
  const boxes = p.pictures.map(pictureBox);
  const room = Math.max(MIN_PICTURE_LINES, Math.min(pictureLines + m.height + 1, (PICTURE_LINES + 2) * p.pictures.length));
  const layout = pictureLayout(boxes, width - bandWidth(m.matrices, 0) - GROUP_GAP, room);
  const scale = (l: PictureLayout) => Math.min(...boxes.map((b) => (b.width > 0 ? scaledSize(b, l.width, l.lines).width / b.width : 1)));
  if (!layout.side || scale(layout) <= scale(p.layout)) return;
  const height = Math.max(pictureBandHeight(boxes, layout), m.height);
  blocks.splice(at, 2, { ...p, layout, height, beside: m.matrices });
}

/** Lines blocks take together (with their blank lines). */
/** Anything stacked with an optional blank line before it (numbers blocks, a verdict's parts). */
export interface Stacked {
  height: number;
  gapBefore: boolean;
}

export const blocksHeight = (blocks: readonly Stacked[]): number => blocks.reduce((h, b, i) => h + b.height + (i > 0 && b.gapBefore ? 1 : 0), 0);

/** Blocks split into pages of at most `room` lines (a block taller than a page has one to itself). */
export function pageBlocks<B extends Stacked>(blocks: readonly B[], room: number): B[][] {
  const pages: B[][] = [];
  let page: B[] = [];
  for (const b of blocks) {
    if (page.length > 0 && blocksHeight([...page, b]) > room) {
      pages.push(page);
      page = [];
    }
    page.push(page.length === 0 ? { ...b, gapBefore: false } : b);
  }
  if (page.length > 0 || pages.length === 0) pages.push(page);
  return pages;
}

/** The widest the numbers want to be: their widest band of matrices unwrapped, or equation. */
export function numbersWidth(frame: Frame): number {
  const groups = matrixGroups(frame.matrices.filter((m) => !isPicture(m))).map((g) => bandWidth(g.map(drawn), steppedParameter(g) ? 2 : 0));
  const equations = frame.equations.map((e) => textWidth(equationText(e)));
  // pictures side by side at their own size (they are scaled down to what they get)
  const pictures = frame.matrices.filter(isPicture).map((m) => pictureSize(m.values).width);
  const band = pictures.reduce((w, p, i) => w + p + (i > 0 ? PICTURE_GAP : 0), 0);
  return Math.max(MIN_NUMBERS_WIDTH, band, ...groups, ...equations);
}

// ── the whole lesson screen ─────────────────────────────────────────────────

/** Lines of text to show with a window into them (scrolled by the learner). */
export interface TextWindow {
  /** All lines, with whether each is a heading line (and a lead drawn apart, e.g. "Hint 1:"). */
  lines: { text: string; heading: boolean; lead?: string }[];
  /** First line shown, and how many are shown (not counting the mark). */
  start: number;
  shown: number;
  /** Lines hidden above / below the window: a mark line says so. */
  above: boolean;
  below: boolean;
}

export interface LessonPlan {
  wide: boolean;
  /** Lines between the header and the footer. */
  body: number;
  /** Width of the numbers column (the whole width when stacked) and of the text column. */
  numbersWidth: number;
  textWidth: number;
  /** Lines the matrix editor takes above the numbers (0 when not editing). */
  editorLines: number;
  numbers: {
    pages: NumbersBlock[][];
    /** The page shown (clamped to the pages there are). */
    page: number;
    /** Lines the numbers area takes, the page mark included. */
    height: number;
  };
  narrative: TextWindow;
  /** Lines of the frame's first plot (0: left out, no room), under the narrative (wide) or the numbers. */
  plotLines: number;
  /** The code wrapped at the text width (drawn from these, so it is wrapped once a frame), and the rows shown (0: the code panel is left out). */
  codeRows: CodeRow[];
  codeLines: number;
}

export interface PlanOptions {
  /** The words beside a sparkline, in the screen's language. */
  words: SeriesWords;
  /** Lines of the footer: outcome, announcements, notice and the key bar. */
  footerLines: number;
  /** Rows of the matrix being edited (title and rows), 0 when not editing. */
  editorLines?: number;
  /** How far the learner scrolled the narrative, and which page of numbers is shown. */
  scroll?: number;
  page?: number;
}

/** The narrative's lines at `width`: heading, then each paragraph. */
export function narrativeLines(heading: string, narrative: readonly string[], width: number): { text: string; heading: boolean }[] {
  return [
    ...wrapText(heading, width).map((text) => ({ text, heading: true })),
    ...narrative.flatMap((p) => wrapText(p, width).map((text) => ({ text, heading: false }))),
  ];
}

/**
 * A window of `room` lines into `lines`, `scroll` pages down (past the last page it starts
 * over at the top); a line is kept for the mark when the text is cut.
 */
export function textWindow(lines: TextWindow["lines"], room: number, scroll = 0): TextWindow {
  const fits = lines.length <= room;
  const shown = fits ? lines.length : Math.max(1, room - 1);
  const pages = Math.ceil(lines.length / Math.max(1, shown));
  const page = ((Math.floor(scroll) % pages) + pages) % pages;
  const start = fits ? 0 : Math.max(0, Math.min(page * shown, lines.length - shown));
  return { lines, start, shown, above: start > 0, below: start + shown < lines.length };
}

/** Lines a window takes on screen, the mark line included. */
export const windowHeight = (w: TextWindow): number => w.shown + (w.above || w.below ? 1 : 0);

/** Fewest cells a sparkline keeps when squeezed onto one line beside its numbers. */
const MIN_SPARK = 8;

/** Sparklines on one line each, their bars squeezed into what their numbers leave (short of rows). */
function squeezeSeries(blocks: readonly NumbersBlock[], width: number, words: SeriesWords): NumbersBlock[] {
  // the same cells for every squeezed series, so the same values draw the same bars
  const room = (b: Extract<NumbersBlock, { kind: "series" }>): number => {
    const stats = seriesStats(b.series, words);
    return width - b.labelWidth - 1 - (stats ? 2 + textWidth(stats) : 0);
  };
  const fits = (b: NumbersBlock): b is Extract<NumbersBlock, { kind: "series" }> => b.kind === "series" && !b.inline && room(b) >= MIN_SPARK;
  const spark = Math.min(...blocks.filter(fits).map(room));
  return blocks.map((b) => (fits(b) ? { ...b, inline: true, spark, height: 1 } : b));
}

/**
 * The numbers at `room` lines: whole when they fit; else groups packed side by side and
 * sparklines squeezed onto one line; else pages behind a mark line. A plot with no room beside
 * the numbers gets a page of its own after them (as tall as the tallest page, or MIN_PLOT_LINES).
 */
function numbersArea(all: readonly NumbersBlock[], room: number, page: number, width: number, words: SeriesWords, plot?: Plot): LessonPlan["numbers"] {
  // the marks' legend only where it costs no numbers a page of their own
  if (all.some(isLegend)) {
    const bare = numbersArea(all.filter((b) => !isLegend(b)), room, page, width, words, plot);
    // nor the blank lines between bands
    const full = numbersLaidOut(all, room, page, width, words, plot, false);
    return full.pages.length > bare.pages.length ? bare : full;
  }
  return numbersLaidOut(all, room, page, width, words, plot);
}

function numbersLaidOut(all: readonly NumbersBlock[], room: number, page: number, width: number, words: SeriesWords, plot?: Plot, tighten = true): LessonPlan["numbers"] {
  const mark = plot ? 1 : 0;
  let blocks = all as NumbersBlock[];
  if (blocksHeight(blocks) > room - mark) blocks = squeezeSeries(packBands(all, width), width, words);
  // still short by a line or two: the blank lines between bands go before a page does (each
  // band's title still starts it)
  if (tighten && blocksHeight(blocks) > room - mark) {
    const tight = blocks.map((b) => (b.gapBefore ? { ...b, gapBefore: false } : b));
    if (blocksHeight(tight) <= room - mark) blocks = tight;
  }
  let pages = blocksHeight(blocks) <= room - mark ? [blocks] : pageBlocks(blocks, Math.max(1, room - 1));
  if (plot) {
    const tallest = Math.max(...pages.map(blocksHeight));
    const height = plotHeight(plot, width, Math.min(PLOT_LINES, room - 1, Math.max(MIN_PLOT_LINES, tallest)));
    if (height > 0) pages = [...pages, [{ kind: "plot", plot, height, gapBefore: false }]];
  }
  if (pages.length === 1) return { pages, page: 0, height: blocksHeight(pages[0]!) };
  const at = ((page % pages.length) + pages.length) % pages.length;
  return { pages, page: at, height: Math.min(room, Math.max(...pages.map(blocksHeight)) + 1) };
}

/** Every panel's size for `frame` on a terminal of `size`. */
export function planLesson(frame: Frame, size: Size, options: PlanOptions): LessonPlan {
  const body = bodyLines(size, options.footerLines);
  // the editor is drawn whole but scrolls to its cursor: it never takes more than the body
  const editorLines = Math.min(options.editorLines ?? 0, Math.max(2, body - 1));
  const editorRoom = editorLines > 0 ? editorLines + 1 : 0;
  // the code's rows as the panel wraps them at its width
  const hasPictures = frame.matrices.some(isPicture);
  const plot = frame.plots?.[0];
  if (isWide(size)) {
    const natural = Math.min(numbersWidth(frame), Math.floor(size.columns * 0.6));
    const left = Math.max(Math.min(natural, size.columns - COLUMN_GAP - MIN_TEXT_WIDTH), Math.min(MIN_NUMBERS_WIDTH, natural));
    const right = size.columns - left - COLUMN_GAP;
    const room = Math.max(1, body - editorRoom);
    const blocks = numbersBlocks(frame, left, options.words, hasPictures ? room - restHeight(frame, left, options.words) : undefined);
    const lines = narrativeLines(frame.heading, frame.narrative, right);
    // the text column: the narrative first, the plot and then the code below with what is left
    const code = codeRows(frame.code, right);
    const codeReserve = code.length > 0 ? Math.min(code.length, MIN_CODE_LINES + 2) + 2 : 0;
    const narrative = textWindow(lines, Math.max(MIN_NARRATIVE_LINES, body - codeReserve), options.scroll);
    const plotLines = plot ? plotHeight(plot, right, plotRoom(body - windowHeight(narrative) - 1 - codeReserve)) : 0;
    // no room for the plot in the text column: a page of its own beside the numbers
    const numbers = numbersArea(blocks, room, options.page ?? 0, left, options.words, plot && plotLines === 0 ? plot : undefined);
    const codeRoom = body - windowHeight(narrative) - (plotLines > 0 ? plotLines + 1 : 0) - 2;
    return { wide: true, body, numbersWidth: left, textWidth: right, editorLines, numbers, narrative, plotLines, codeRows: code, codeLines: codeLines(code.length, codeRoom) };
  }
  const width = size.columns;
  const lines = narrativeLines(frame.heading, frame.narrative, width);
  const code = codeRows(frame.code, width);
  const narrativeMin = Math.min(lines.length, MIN_NARRATIVE_LINES);
  // numbers first: all the room but the narrative's least share and the gaps
  const room = Math.max(1, body - editorRoom - narrativeMin - 1);
  const blocks = numbersBlocks(frame, width, options.words, hasPictures ? room - restHeight(frame, width, options.words) : undefined);
  const stacked = (plotPage?: Plot) => {
    const numbers = numbersArea(blocks, room, options.page ?? 0, width, options.words, plotPage);
    const numbersRoom = numbers.height > 0 ? numbers.height + 1 : 0;
    const narrative = textWindow(lines, Math.max(1, body - editorRoom - numbersRoom), options.scroll);
    const left = body - editorRoom - numbersRoom - windowHeight(narrative) - 1;
    const plotLines = plot && !plotPage ? plotHeight(plot, width, plotRoom(left - (code.length > 0 ? MIN_CODE_LINES + 2 : 0))) : 0;
    return { numbers, narrative, left, plotLines };
  };
  // the plot under the numbers when it has room there, else on a page of its own
  let layout = stacked();
  if (plot && layout.plotLines === 0) layout = stacked(plot);
  const { numbers, narrative, left, plotLines } = layout;
  const codeRoom = left - (plotLines > 0 ? plotLines + 1 : 0) - 1;
  return { wide: false, body, numbersWidth: width, textWidth: width, editorLines, numbers, narrative, plotLines, codeRows: code, codeLines: codeLines(code.length, codeRoom) };
}

/** Lines the numbers other than pictures take (so pictures get the rest). */
function restHeight(frame: Frame, width: number, words: SeriesWords): number {
  const rest = numbersBlocks({ ...frame, matrices: frame.matrices.filter((m) => !isPicture(m)) }, width, words);
  const h = blocksHeight(rest);
  return h > 0 ? h + 1 : 0;
}

const codeLines = (wanted: number, room: number): number => (wanted > 0 && room >= Math.min(wanted, MIN_CODE_LINES) ? Math.min(wanted, room) : 0);

/** Matrices drawn and placed in bands side by side within `width` (e.g. what a check computed). */
export const matrixRows = (matrices: readonly MatrixView[], width: number): DrawnMatrix[][] => matrixBands(matrices.map(drawn), width, 0);

// ── the exercise screen ─────────────────────────────────────────────────────

export interface ExercisePlan {
  wide: boolean;
  body: number;
  /** Width of the answer-and-verdict column (the whole width when stacked) and of the text. */
  answerWidth: number;
  textWidth: number;
  /** The task, then the hints asked for, scrolled by the learner behind a mark. */
  text: TextWindow;
  /** Lines the verdict may take: a taller one shows its parts a page at a time, behind a mark. */
  verdictRoom: number;
}

export interface ExercisePlanOptions {
  footerLines: number;
  /** Lines the answer fields take, and the verdict of the last check (0: none yet). */
  answerLines: number;
  verdictLines: (width: number) => number;
  /** "Hint 1" in the screen's language. */
  hintLabel: (n: number) => string;
  /** Pages scrolled (negative: from the end, so -1 shows the newest hint). */
  scroll?: number;
}

/**
 * The exercise screen by the lesson screen's rules: the answer and the verdict are drawn whole
 * (side by side with the text when wide, under it when stacked); the task and every hint asked
 * for are one text that scrolls behind a "▼ more" mark, so a hint never pushes another off.
 */
export function planExercise(text: { title: string; prompt: readonly string[]; hints: readonly string[] }, size: Size, options: ExercisePlanOptions): ExercisePlan {
  const body = bodyLines(size, options.footerLines);
  const wide = isWide(size);
  const textWidth = wide ? Math.max(MIN_TEXT_WIDTH, Math.floor(size.columns * 0.45)) : size.columns;
  const answerWidth = wide ? size.columns - textWidth - COLUMN_GAP : size.columns;
  const lines = [
    ...narrativeLines(text.title, text.prompt, textWidth),
    ...text.hints.flatMap((h, i) => {
      const lead = `${options.hintLabel(i + 1)}:`;
      return wrapText(`${lead} ${h}`, textWidth).map((line, k) => (k === 0 ? { text: line.slice(lead.length), heading: false, lead } : { text: line, heading: false }));
    }),
  ];
  // the verdict gets all but the answer and the text's least share; past that it is paged
  const textLeast = wide ? 0 : Math.min(lines.length, MIN_NARRATIVE_LINES) + 1;
  const verdictRoom = Math.max(1, body - options.answerLines - 1 - textLeast);
  const verdict = Math.min(options.verdictLines(answerWidth), verdictRoom);
  const room = wide ? body : body - options.answerLines - 1 - (verdict > 0 ? verdict + 1 : 0);
  return { wide, body, answerWidth, textWidth, text: textWindow(lines, Math.max(MIN_NARRATIVE_LINES, room), options.scroll), verdictRoom };
}
