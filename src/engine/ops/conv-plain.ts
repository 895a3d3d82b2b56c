// conv2d as the textbook writes it: one loop per index, in doubles. Read this one first.
// It is the definition the engine's fast loops (conv-fast.ts) must equal: the tests and the
// bench (bench/reference.ts) hold them against it. Layouts, row-major like MXNet and PyTorch:
// x is N×C×H×W, w is O×C×KH×KW, y is N×O×OH×OW.

export interface ConvGeometry {
  N: number; C: number; H: number; W: number;     // input: batch, channels, height, width
  O: number; KH: number; KW: number;              // weight: output channels, kernel height, width
  SH: number; SW: number; PH: number; PW: number; // stride, zero padding
  OH: number; OW: number;                         // output height, width
}

/** OH = ⌊(H + 2·PH − KH) / SH⌋ + 1 and OW likewise: how many windows fit. */
export function outputSize(H: number, W: number, KH: number, KW: number, SH: number, SW: number, PH: number, PW: number): [number, number] {
  return [Math.floor((H + 2 * PH - KH) / SH) + 1, Math.floor((W + 2 * PW - KW) / SW) + 1];
}

/** y[n,o,oh,ow] = bias[o] + Σ_c Σ_ki Σ_kj w[o,c,ki,kj] · x[n, c, oh·SH + ki − PH, ow·SW + kj − PW] */
export function conv2dPlain(g: ConvGeometry, x: ArrayLike<number>, w: ArrayLike<number>, bias: ArrayLike<number> | null): Float64Array {
  const y = new Float64Array(g.N * g.O * g.OH * g.OW);
  for (let n = 0; n < g.N; n++)
    for (let o = 0; o < g.O; o++)
      for (let oh = 0; oh < g.OH; oh++)
        for (let ow = 0; ow < g.OW; ow++) {
          let s = bias ? bias[o] : 0;
          for (let c = 0; c < g.C; c++)
            for (let ki = 0; ki < g.KH; ki++)
              for (let kj = 0; kj < g.KW; kj++) {
                const ih = oh * g.SH + ki - g.PH;
                const iw = ow * g.SW + kj - g.PW;
                if (ih < 0 || ih >= g.H || iw < 0 || iw >= g.W) continue; // a padding cell: adds 0
                s += w[((o * g.C + c) * g.KH + ki) * g.KW + kj] * x[((n * g.C + c) * g.H + ih) * g.W + iw];
              }
          y[((n * g.O + o) * g.OH + oh) * g.OW + ow] = s;
        }
  return y;
}

/**
 * The three gradients, given dy = ∂l/∂y. The same loops as the forward pass: each term
 * w·x of an output y sends dy·x to ∂w, dy·w to ∂x, and each output sends dy to ∂bias.
 */
export function conv2dPlainBackward(g: ConvGeometry, x: ArrayLike<number>, w: ArrayLike<number>, dy: ArrayLike<number>) {
  const dx = new Float64Array(g.N * g.C * g.H * g.W);
  const dw = new Float64Array(g.O * g.C * g.KH * g.KW);
  const db = new Float64Array(g.O);
  for (let n = 0; n < g.N; n++)
    for (let o = 0; o < g.O; o++)
      for (let oh = 0; oh < g.OH; oh++)
        for (let ow = 0; ow < g.OW; ow++) {
          const d = dy[((n * g.O + o) * g.OH + oh) * g.OW + ow];
          db[o] += d;
          for (let c = 0; c < g.C; c++)
            for (let ki = 0; ki < g.KH; ki++)
              for (let kj = 0; kj < g.KW; kj++) {
                const ih = oh * g.SH + ki - g.PH;
                const iw = ow * g.SW + kj - g.PW;
                if (ih < 0 || ih >= g.H || iw < 0 || iw >= g.W) continue;
                const xi = ((n * g.C + c) * g.H + ih) * g.W + iw;
                const wi = ((o * g.C + c) * g.KH + ki) * g.KW + kj;
                dx[xi] += w[wi] * d;
                dw[wi] += x[xi] * d;
              }
        }
  return { dx, dw, db };
}
