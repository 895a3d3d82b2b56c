// conv2d's loops tuned for speed: the forward pass and its three gradients (∂x, ∂w, ∂bias) over
// flat typed arrays, in the layouts of conv-plain.ts, which they must equal (the tests and the
// bench check it). Read conv-plain.ts first: these compute the same sums, reordered.
// Speed comes from three habits, not from cleverness: padding is never tested inside an inner
// loop (it is cut from the loop bounds, or left to a separate rim loop); inner loops walk along
// rows; and several output channels share each load (register tiles), since a JS multiply-add
// costs little next to fetching its operands. Sums run in JS doubles, rounded once when stored.
// Small tile functions, each optimised on its own by V8: one huge function is deoptimised and
// recompiled as a whole whenever a new shape reaches a branch it has not run yet.
import type { ConvGeometry } from "./conv-plain.ts";

// ────────────────────────────── forward ──────────────────────────────

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
        if (iw >= 0 && iw < W) s += w[((o * C + c) * KH + ki) * KW + kj] * x[((n * C + c) * H + ih) * W + iw];
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
  const [b0, b1, b2, b3] = bias ? [bias[o], bias[o + 1], bias[o + 2], bias[o + 3]] : [0, 0, 0, 0];
  const y0 = r.yRow + o * P;
  const [y1, y2, y3] = [y0 + P, y0 + 2 * P, y0 + 3 * P];
  for (let ow = owLo; ow < owHi; ow += 2) {
    const pairOk = ow + 1 < owHi; // the last output of an odd row is computed alone
    const corner = xRow + ow * SW;
    const next = pairOk ? SW : 0;
    let s00 = b0, s01 = b0, s10 = b1, s11 = b1, s20 = b2, s21 = b2, s30 = b3, s31 = b3;
    for (let t = 0; t < T; t++) {
      const i = corner + offsets[t];
      const a0 = x[i], a1 = x[i + next];
      const v0 = w[w0 + t], v1 = w[w1 + t], v2 = w[w2 + t], v3 = w[w3 + t];
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
  const b = bias ? bias[o] : 0;
  const y0 = r.yRow + o * P;
  const [S4, S5, S6, S7] = [4 * SW, 5 * SW, 6 * SW, 7 * SW];
  let ow = owLo;
  for (; ow + 8 <= owHi; ow += 8) {
    const corner = xRow + ow * SW;
    let s0 = b, s1 = b, s2 = b, s3 = b, s4 = b, s5 = b, s6 = b, s7 = b;
    for (let t = 0; t < T; t++) {
      const i = corner + offsets[t];
      const v = w[w0 + t];
      s0 += v * x[i]; s1 += v * x[i + SW]; s2 += v * x[i + S2]; s3 += v * x[i + S3];
      s4 += v * x[i + S4]; s5 += v * x[i + S5]; s6 += v * x[i + S6]; s7 += v * x[i + S7];
    }
    y[y0 + ow] = s0; y[y0 + ow + 1] = s1; y[y0 + ow + 2] = s2; y[y0 + ow + 3] = s3;
    y[y0 + ow + 4] = s4; y[y0 + ow + 5] = s5; y[y0 + ow + 6] = s6; y[y0 + ow + 7] = s7;
  }
  for (; ow < owHi; ow++) {
    const corner = xRow + ow * SW;
    let s = b;
    for (let t = 0; t < T; t++) s += w[w0 + t] * x[corner + offsets[t]];
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
        const b = bias ? bias[o] : 0;
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

// ────────────────────────────── backward ──────────────────────────────
// Each gradient walks the forward pass's taps: for a tap (c, ki, kj) the outputs whose input
// lies inside the picture form a rectangle (validRange), so no inner loop tests for padding.

/** Output positions o (0 ≤ o < outLen) whose input o·stride + tap − pad lies in [0, inLen). */
function validRange(tap: number, stride: number, pad: number, inLen: number, outLen: number): [number, number] {
  const lo = Math.max(0, Math.ceil((pad - tap) / stride));
  const hi = Math.min(outLen, Math.floor((inLen - 1 + pad - tap) / stride) + 1);
  return [lo, Math.max(lo, hi)];
}

/** One kernel tap (c, ki, kj) and where the backward loops read and write for it. */
interface Tap {
  x: Float32Array; w: Float32Array; dy: Float32Array;
  /** Outputs [ohLo, ohHi) × [owLo, owHi) read this tap inside the input. */
  ohLo: number; ohHi: number; owLo: number; owHi: number;
  /** x[n, c, oh·SH + ki − PH, ow·SW + kj − PW] is x[xBase + n·xImage + oh·xRowStep + ow·SW]. */
  xBase: number; xImage: number; xRowStep: number; SW: number;
  /** dy[n, o, oh, ow] is dy[dyBase + n·dyImage + o·P + oh·OW + ow]. */
  dyBase: number; dyImage: number; P: number; OW: number;
  /** w[o, c, ki, kj] is w[wBase + o·T]. */
  wBase: number; T: number;
}

function makeTap(g: ConvGeometry, x: Float32Array, w: Float32Array, dy: Float32Array): Tap {
  const { C, H, W, O, KH, KW, SH, SW, OH, OW } = g;
  return {
    x, w, dy, ohLo: 0, ohHi: 0, owLo: 0, owHi: 0,
    xBase: 0, xImage: C * H * W, xRowStep: SH * W, SW,
    dyBase: 0, dyImage: O * OH * OW, P: OH * OW, OW,
    wBase: 0, T: C * KH * KW,
  };
}

/** Point `t` at tap (c, ki, kj); x offsets relative to image 0 (∂w) or to the plane (∂x). */
function aim(t: Tap, g: ConvGeometry, c: number, ki: number, kj: number, xPlane: number): void {
  [t.ohLo, t.ohHi] = validRange(ki, g.SH, g.PH, g.H, g.OH);
  [t.owLo, t.owHi] = validRange(kj, g.SW, g.PW, g.W, g.OW);
  t.xBase = xPlane + (ki - g.PH) * g.W + kj - g.PW;
  t.wBase = (c * g.KH + ki) * g.KW + kj;
}

// ---- ∂x: scatter each dy back through the tap's weight ----

/** acc[plane position] += Σ_{o..o+3} w[o, tap] · dy[n, o, ·] over the tap's outputs. */
function scatterFour(t: Tap, acc: Float64Array, o: number): void {
  const { w, dy, ohLo, ohHi, owLo, owHi, xBase, xRowStep, SW, P, OW, T } = t;
  const [v0, v1, v2, v3] = [w[t.wBase + o * T], w[t.wBase + (o + 1) * T], w[t.wBase + (o + 2) * T], w[t.wBase + (o + 3) * T]];
  for (let oh = ohLo; oh < ohHi; oh++) {
    const xr = xBase + oh * xRowStep;
    const d0 = t.dyBase + o * P + oh * OW;
    const [d1, d2, d3] = [d0 + P, d0 + 2 * P, d0 + 3 * P];
    for (let ow = owLo; ow < owHi; ow++) {
      acc[xr + ow * SW] += v0 * dy[d0 + ow] + v1 * dy[d1 + ow] + v2 * dy[d2 + ow] + v3 * dy[d3 + ow];
    }
  }
}

function scatterOne(t: Tap, acc: Float64Array, o: number): void {
  const { dy, ohLo, ohHi, owLo, owHi, xBase, xRowStep, SW, P, OW } = t;
  const v = t.w[t.wBase + o * t.T];
  for (let oh = ohLo; oh < ohHi; oh++) {
    const xr = xBase + oh * xRowStep;
    const d0 = t.dyBase + o * P + oh * OW;
    for (let ow = owLo; ow < owHi; ow++) acc[xr + ow * SW] += v * dy[d0 + ow];
  }
}

/** ∂x[n,c,ih,iw] = Σ over the outputs that read x[n,c,ih,iw] of w · dy. */
export function convBackwardInput(g: ConvGeometry, dy: Float32Array, w: Float32Array): Float32Array {
  const { N, C, H, W, O, KH, KW } = g;
  const dx = new Float32Array(N * C * H * W);
  const acc = new Float64Array(H * W); // one input plane, summed in doubles
  const t = makeTap(g, dx, w, dy);
  for (let n = 0; n < N; n++) {
    t.dyBase = n * t.dyImage;
    for (let c = 0; c < C; c++) {
      acc.fill(0);
      for (let ki = 0; ki < KH; ki++) {
        for (let kj = 0; kj < KW; kj++) {
          aim(t, g, c, ki, kj, 0);
          let o = 0;
          for (; o + 4 <= O; o += 4) scatterFour(t, acc, o);
          for (; o < O; o++) scatterOne(t, acc, o);
        }
      }
      dx.set(acc, (n * C + c) * H * W);
    }
  }
  return dx;
}

// ---- ∂w: one dot product of dy with the inputs under each tap ----

/** ∂w[o..o+3, tap] = Σ_n Σ_oh,ow dy[n, o.., oh, ow] · x[under the tap]; x is read once for four. */
function dotFour(t: Tap, dw: Float32Array, o: number): void {
  const { x, dy, ohLo, ohHi, owLo, owHi, xRowStep, SW, P, OW, T } = t;
  let s0 = 0, s1 = 0, s2 = 0, s3 = 0;
  for (let n = 0; n * t.dyImage < dy.length; n++) {
    for (let oh = ohLo; oh < ohHi; oh++) {
      const xr = t.xBase + n * t.xImage + oh * xRowStep;
      const d0 = n * t.dyImage + o * P + oh * OW;
      const [d1, d2, d3] = [d0 + P, d0 + 2 * P, d0 + 3 * P];
      for (let ow = owLo; ow < owHi; ow++) {
        const xv = x[xr + ow * SW];
        s0 += dy[d0 + ow] * xv; s1 += dy[d1 + ow] * xv; s2 += dy[d2 + ow] * xv; s3 += dy[d3 + ow] * xv;
      }
    }
  }
  const at = t.wBase + o * T;
  dw[at] = s0; dw[at + T] = s1; dw[at + 2 * T] = s2; dw[at + 3 * T] = s3;
}

function dotOne(t: Tap, dw: Float32Array, o: number): void {
  const { x, dy, ohLo, ohHi, owLo, owHi, xRowStep, SW, P, OW } = t;
  let s = 0;
  for (let n = 0; n * t.dyImage < dy.length; n++) {
    for (let oh = ohLo; oh < ohHi; oh++) {
      const xr = t.xBase + n * t.xImage + oh * xRowStep;
      const d0 = n * t.dyImage + o * P + oh * OW;
      for (let ow = owLo; ow < owHi; ow++) s += dy[d0 + ow] * x[xr + ow * SW];
    }
  }
  dw[t.wBase + o * t.T] = s;
}

/** ∂w[o,c,ki,kj] = Σ_n Σ_oh,ow dy[n,o,oh,ow] · x[n,c, oh·SH+ki−PH, ow·SW+kj−PW] */
export function convBackwardWeight(g: ConvGeometry, dy: Float32Array, x: Float32Array): Float32Array {
  const { C, H, W, O, KH, KW } = g;
  const dw = new Float32Array(O * C * KH * KW);
  const t = makeTap(g, x, dw, dy);
  for (let c = 0; c < C; c++) {
    for (let ki = 0; ki < KH; ki++) {
      for (let kj = 0; kj < KW; kj++) {
        aim(t, g, c, ki, kj, c * H * W);
        let o = 0;
        for (; o + 4 <= O; o += 4) dotFour(t, dw, o);
        for (; o < O; o++) dotOne(t, dw, o);
      }
    }
  }
  return dw;
}

// ---- ∂bias ----

/** ∂bias[o] = Σ_n Σ_oh,ow dy[n,o,oh,ow] */
export function convBackwardBias(g: ConvGeometry, dy: Float32Array): Float32Array {
  const { N, O, OH, OW } = g;
  const db = new Float32Array(O);
  for (let o = 0; o < O; o++) {
    let s = 0;
    for (let n = 0; n < N; n++) {
      const plane = (n * O + o) * OH * OW;
      for (let i = 0; i < OH * OW; i++) s += dy[plane + i];
    }
    db[o] = s;
  }
  return db;
}
