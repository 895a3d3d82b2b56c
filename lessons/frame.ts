// The one contract between a lesson and whoever shows it (the Ink lab, `convlab run`).
// A frame is plain, serialisable data: no functions, no classes, no colours.
// Renderers draw it; they never compute a number of their own.

/** [row, column], 0-based. */
export type Cell = readonly [number, number];

/** A titled matrix. Values may be NaN or ±Infinity (a diverged run); renderers mark them. */
export interface MatrixView {
  /** Stable id, e.g. "X", "K", "Y", "W", "dW"; an `edit` action names it. */
  id: string;
  /** Display title, already in the frame's language, e.g. "X", "K (kernel)", "∂l/∂W". */
  title: string;
  values: number[][];
  /** Cells under the sliding window (drawn highlighted). */
  window?: Cell[];
  /** The cell being computed or just changed (drawn emphasised). */
  current?: Cell[];
  /** Cells not computed yet (drawn as a placeholder, e.g. "·"). */
  pending?: Cell[];
  /** The learner may edit this matrix with an `edit` action. */
  editable?: boolean;
  /** Suggest heat-map shading (e.g. for images and edges). */
  heat?: boolean;
  /**
   * Draw as a picture rather than as numbers: one cell per pixel, each value a grey level from
   * 0 (black) to 1 (white), e.g. with half-block characters. A renderer without pictures may
   * show the numbers (or a shade character per cell) instead.
   */
  picture?: boolean;
  /** How to print the cells (e.g. "rate" for learning rates); default as formatNumber does. */
  format?: Scalar["format"];
  /** Group id: matrices with the same group are drawn together (e.g. "input", "output", "grad"). */
  group?: string;
  /**
   * This matrix is the gradient of the loss with respect to the matrix with this id (dW of "W").
   * A group holding a parameter and its gradient is drawn as a gradient step.
   */
  gradientOf?: string;
}

/** One token of a written-out equation, e.g. `0×0 + 1×1 + 3×2 + 4×3 = 19`. */
export interface Token {
  text: string;
  /** How to emphasise it: a number from the input, an operator, the result, plain text. */
  role?: "input" | "kernel" | "op" | "result" | "text";
}
export interface Equation {
  /** Optional label in the frame's language, e.g. "Y[0,0]". */
  label?: string;
  tokens: Token[];
  /** This equation updates the matrix with this id (W ← W − lr·∂l/∂W): drawn with its gradient step. */
  updates?: string;
}

/** A named number, e.g. loss, learning rate, iteration. */
export interface Scalar {
  id: string;
  label: string;
  value: number;
  /**
   * How to print it: integer, fixed decimals, scientific, or a rate (up to six significant
   * digits, so 0.015, 0.01515 and 0.016 read apart). Default: a sensible fixed precision.
   */
  format?: "int" | "fixed" | "exp" | "rate";
}

/** The numbers a sparkline prints beside itself, picked by the lesson so renderers compute nothing. */
export interface SeriesSummary {
  /** values[0] and the last value (either may be non-finite: a diverged run). */
  first: number;
  last: number;
  /** The smallest finite value; NaN when no value is finite. */
  min: number;
}

/** A series to draw as a sparkline (e.g. the loss per iteration). Non-finite points are kept. */
export interface Series {
  id: string;
  label: string;
  values: number[];
  /** Suggest a log scale (all values positive). */
  log?: boolean;
  /**
   * Signed values whose sign matters (e.g. an error that flips sign each step): drawn about a
   * zero line, one column per value, never resampled; a series longer than the room shows its
   * latest values behind a "…".
   */
  signed?: boolean;
  /** Optional: first, last and smallest value (absent for an empty series). */
  summary?: SeriesSummary;
}

/** One axis of a plot: what it measures and the range drawn. */
export interface PlotAxis {
  label: string;
  min: number;
  max: number;
}

/** A point of a plot, in the axes' units: [x, y]. */
export type PlotPoint = readonly [number, number];

/**
 * A function of two variables drawn as contour lines, with a path on it — e.g. the loss over
 * (W₀, W₁) and W step by step. The lesson computes every value (grid, levels, path); a renderer
 * only samples the grid between its nodes to draw, and keeps equal units on both axes.
 */
export interface Plot {
  /** Stable id, e.g. "landscape". */
  id: string;
  title: string;
  x: PlotAxis;
  y: PlotAxis;
  /**
   * Values on an evenly spaced grid: grid[r][c] at x = x.min + c·(x.max − x.min)/(columns − 1),
   * y = y.min + r·(y.max − y.min)/(rows − 1). Row 0 is the bottom (y.min), as on paper.
   */
  grid: number[][];
  /** Contour levels, ascending, and what they are (e.g. "loss 0.1, 1, 10"). */
  levels: number[];
  levelsLabel: string;
  /** The path, in order; its last point is the current one. */
  path: { label: string; points: PlotPoint[] };
  /** Single labelled points, e.g. the answer [1, −1]. */
  marks: { label: string; at: PlotPoint }[];
}

/** The engine code this step runs, shown with the current lines marked. */
export interface CodeView {
  lines: string[];
  /** 0-based indices into `lines` that this step executes. */
  current: number[];
}

/** A lesson's verdict at the end or on divergence, shown plainly. */
export interface Outcome {
  /** done ✔; warning ⚠ (finished, but something is going wrong, e.g. an error that grows); diverged. */
  kind: "done" | "warning" | "diverged";
  /** One line in the frame's language. */
  message: string;
}

/** JSON-safe values for `convlab run --json`. Non-finite numbers are written as null by JSON. */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export interface Frame {
  /** Lesson id, e.g. "cross-correlation". */
  lesson: string;
  /** 0-based index of this step, and how many steps the lesson has (as configured). */
  step: number;
  steps: number;
  /** This step's heading and narrative (paragraphs), in the frame's language. */
  heading: string;
  narrative: string[];
  matrices: MatrixView[];
  equations: Equation[];
  scalars: Scalar[];
  series: Series[];
  /** Plots (e.g. a loss landscape with the path of W); absent when a step has none. */
  plots?: Plot[];
  code: CodeView;
  /** True on the last step (no `next` will change anything). */
  done: boolean;
  outcome?: Outcome;
  /** Machine-readable fields for JSON Lines (e.g. learn-kernel: epoch, loss, grad, weight). */
  record: Record<string, Json>;
}
