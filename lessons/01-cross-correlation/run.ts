// The notebook's corr2d, written with the engine one output cell at a time so that every
// cell can be shown; then the engine's own corr2d, which must agree.
// The lines shown on screen (code.ts) are copied from here; a test checks they still are.
import { nd, corr2d } from "../../src/engine/index.ts";

/** One output cell: where the window sits, what it holds, and the sum it gives. */
export interface CellRun {
  i: number;
  j: number;
  window: number[][];
  value: number;
}

export interface Corr2dRun {
  cells: CellRun[];
  /** Y as filled in cell by cell. */
  y: number[][];
  /** Y from the engine's corr2d in one call. */
  whole: number[][];
}

export function runCorr2d(x: number[][], k: number[][]): Corr2dRun {
  const X = nd.array(x);
  const K = nd.array(k);
  const cellRuns: CellRun[] = [];
  const [h, w] = K.shape;
  const Y = nd.zeros([X.shape[0] - h + 1, X.shape[1] - w + 1]);
  for (let i = 0; i < Y.shape[0]; i++) {
    for (let j = 0; j < Y.shape[1]; j++) {
      const window = X.get([[i, i + h], [j, j + w]]);
      Y.set([i, j], window.mul(K).sum());
      cellRuns.push({ i, j, window: window.to2d(), value: Y.get([i, j]).asScalar() });
    }
  }
  const whole = corr2d(X, K);
  return { cells: cellRuns, y: Y.to2d(), whole: whole.to2d() };
}
