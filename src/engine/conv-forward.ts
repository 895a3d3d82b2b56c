// The loops of 2-D cross-correlation (conv2d's forward pass), over flat typed arrays.
// Layouts: x is N×C×H×W, w is O×C×KH×KW, y is N×O×OH×OW (row-major, like MXNet/PyTorch).
// Speed comes from three habits, not from cleverness: padding is never tested inside an
// inner loop (it is cut from the loop bounds, or left to a separate rim loop); inner loops
// walk along rows; and several output channels share each load (register tiles), since a
// JS multiply-add costs little next to fetching its operands. Sums run in JS doubles.
// The gradients' loops are in conv-backward.ts.

export interface ConvGeometry {
  N: number; C: number; H: number; W: number; // input
  O: number; KH: number; KW: number;          // weight
  SH: number; SW: number; PH: number; PW: number; // stride, zero padding
  OH: number; OW: number;                      // output
}

/**
 * Where each tap t = (c, ki, kj) of a window reads, relative to the window's top-left input
 * element. With it, one output is a single loop over t: Σ_t w[o, t] · x[corner + offset[t]]
 * (im2col without building the matrix: w[o] is already a contiguous row of C·KH·KW weights).
 */
function tapOffsets(g: ConvGeometry): Int32Array {
  const offsets = new Int32Array(g.C * g.KH * g.KW);
  let t = 0;
  for (let c = 0; c < g.C; c++)
    for (let ki = 0; ki < g.KH; ki++)
      for (let kj = 0; kj < g.KW; kj++) offsets[t++] = (c * g.H + ki) * g.W + kj;
  return offsets;
}

/** One output at the padded rim, testing every tap against the input's edges. */
function rimOutput(g: ConvGeometry, x: Float32Array, w: Float32Array, b: number, n: number, o: number, oh: number, ow: number): number {
  const { C, H, W, KH, KW } = g;
  let s = b;
  for (let c = 0; c < C; c++) {
    for (let ki = 0; ki < KH; ki++) {
      const ih = oh * g.SH - g.PH + ki;
      if (ih < 0 || ih >= H) continue; // a padding row: adds 0
      for (let kj = 0; kj < KW; kj++) {
        const iw = ow * g.SW - g.PW + kj;
        if (iw >= 0 && iw < W) s += w[((o * C + c) * KH + ki) * KW + kj]! * x[((n * C + c) * H + ih) * W + iw]!;
      }
    }
  }
  return s;
}

/** One interior output row being computed: no window there crosses the input's edge. */
interface InteriorRow {
  x: Float32Array; w: Float32Array; bias: Float32Array | null; y: Float32Array; offsets: Int32Array;
  T: number; P: number; SW: number;
  /** Corner of output (oh, 0)'s window in x; start of output row oh of channel 0 in y. */
  xRow: number; yRow: number;
  owLo: number; owHi: number;
}

/** Channels o..o+3 of the row: 2 inputs and 4 weights per tap feed 8 multiply-adds. */
function fourChannels(r: InteriorRow, o: number): void {
  const { x, w, bias, y, offsets, T, P, SW, xRow, owLo, owHi } = r;
  const [w0, w1, w2, w3] = [o * T, (o + 1) * T, (o + 2) * T, (o + 3) * T];
  const [b0, b1, b2, b3] = bias ? [bias[o]!, bias[o + 1]!, bias[o + 2]!, bias[o + 3]!] : [0, 0, 0, 0];
  const y0 = r.yRow + o * P;
  const [y1, y2, y3] = [y0 + P, y0 + 2 * P, y0 + 3 * P];
  for (let ow = owLo; ow < owHi; ow += 2) {
    const pairOk = ow + 1 < owHi; // the last output of an odd row is computed alone
    const corner = xRow + ow * SW;
    const next = pairOk ? SW : 0;
    let s00 = b0, s01 = b0, s10 = b1, s11 = b1, s20 = b2, s21 = b2, s30 = b3, s31 = b3;
    for (let t = 0; t < T; t++) {
      const i = corner + offsets[t]!;
      const a0 = x[i]!, a1 = x[i + next]!;
      const v0 = w[w0 + t]!, v1 = w[w1 + t]!, v2 = w[w2 + t]!, v3 = w[w3 + t]!;
      s00 += v0 * a0; s01 += v0 * a1;
      s10 += v1 * a0; s11 += v1 * a1;
      s20 += v2 * a0; s21 += v2 * a1;
      s30 += v3 * a0; s31 += v3 * a1;
    }
    y[y0 + ow] = s00; y[y1 + ow] = s10; y[y2 + ow] = s20; y[y3 + ow] = s30;
    if (pairOk) { y[y0 + ow + 1] = s01; y[y1 + ow + 1] = s11; y[y2 + ow + 1] = s21; y[y3 + ow + 1] = s31; }
  }
}

/** Channel o of the row alone (e.g. the notebook's single kernel): 8 outputs share each weight. */
function oneChannel(r: InteriorRow, o: number): void {
  const { x, w, bias, y, offsets, T, P, SW, xRow, owLo, owHi } = r;
  const [S2, S3] = [2 * SW, 3 * SW];
  const w0 = o * T;
  const b = bias ? bias[o]! : 0;
  const y0 = r.yRow + o * P;
  const [S4, S5, S6, S7] = [4 * SW, 5 * SW, 6 * SW, 7 * SW];
  let ow = owLo;
  for (; ow + 8 <= owHi; ow += 8) {
    const corner = xRow + ow * SW;
    let s0 = b, s1 = b, s2 = b, s3 = b, s4 = b, s5 = b, s6 = b, s7 = b;
    for (let t = 0; t < T; t++) {
      const i = corner + offsets[t]!;
      const v = w[w0 + t]!;
      s0 += v * x[i]!; s1 += v * x[i + SW]!; s2 += v * x[i + S2]!; s3 += v * x[i + S3]!;
      s4 += v * x[i + S4]!; s5 += v * x[i + S5]!; s6 += v * x[i + S6]!; s7 += v * x[i + S7]!;
    }
    y[y0 + ow] = s0; y[y0 + ow + 1] = s1; y[y0 + ow + 2] = s2; y[y0 + ow + 3] = s3;
    y[y0 + ow + 4] = s4; y[y0 + ow + 5] = s5; y[y0 + ow + 6] = s6; y[y0 + ow + 7] = s7;
  }
  for (; ow < owHi; ow++) {
    const corner = xRow + ow * SW;
    let s = b;
    for (let t = 0; t < T; t++) s += w[w0 + t]! * x[corner + offsets[t]!]!;
    y[y0 + ow] = s;
  }
}

/**
 * y[n,o,oh,ow] = bias[o] + Σ_c,ki,kj w[o,c,ki,kj] · x[n,c, oh·SH+ki−PH, ow·SW+kj−PW]
 *
 * Outputs whose window lies wholly inside the input (all but a rim of width ≈ pad) need no
 * bounds checks: there register tiles share every load (fourChannels, then oneChannel for
 * channels left over). The rim goes through rimOutput.
 */
export function convForward(g: ConvGeometry, x: Float32Array, w: Float32Array, bias: Float32Array | null): Float32Array {
  const { N, C, H, W, O, KH, KW, SH, SW, PH, PW, OH, OW } = g;
  const P = OH * OW;
  const y = new Float32Array(N * O * P);
  // the interior: windows starting at or after row/col 0 and ending inside the input
  const ohLo = Math.min(OH, Math.ceil(PH / SH));
  const ohHi = Math.max(ohLo, Math.min(OH, Math.floor((H - KH + PH) / SH) + 1));
  const owLo = Math.min(OW, Math.ceil(PW / SW));
  const owHi = Math.max(owLo, Math.min(OW, Math.floor((W - KW + PW) / SW) + 1));
  const row: InteriorRow = { x, w, bias, y, offsets: tapOffsets(g), T: C * KH * KW, P, SW, xRow: 0, yRow: 0, owLo, owHi };
  for (let n = 0; n < N; n++) {
    for (let oh = 0; oh < OH; oh++) {
      const interiorRow = oh >= ohLo && oh < ohHi;
      for (let o = 0; o < O; o++) {
        const b = bias ? bias[o]! : 0;
        const yRow = (n * O + o) * P + oh * OW;
        for (let ow = 0; ow < OW; ow++) {
          if (!interiorRow || ow < owLo || ow >= owHi) y[yRow + ow] = rimOutput(g, x, w, b, n, o, oh, ow);
        }
      }
      if (!interiorRow) continue;
      row.xRow = (n * C * H + oh * SH - PH) * W - PW;
      row.yRow = n * O * P + oh * OW;
      let o = 0;
      for (; o + 4 <= O; o += 4) fourChannels(row, o);
      for (; o < O; o++) oneChannel(row, o);
    }
  }
  return y;
}
