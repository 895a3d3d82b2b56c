// The loops of conv2d's three gradients (∂x, ∂w, ∂bias), over flat typed arrays, in the
// layouts of conv-forward.ts. Each walks the forward pass's taps: for a tap (c, ki, kj) the
// outputs whose input lies inside the picture form a rectangle (validRange), so no inner
// loop tests for padding. Small tile functions share loads across four output channels;
// being small, each is optimised on its own by V8 (one huge function is deoptimised and
// recompiled as a whole whenever a new shape reaches a branch it has not run yet).
import type { ConvGeometry } from "./conv-forward.ts";

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
  const [v0, v1, v2, v3] = [w[t.wBase + o * T]!, w[t.wBase + (o + 1) * T]!, w[t.wBase + (o + 2) * T]!, w[t.wBase + (o + 3) * T]!];
  for (let oh = ohLo; oh < ohHi; oh++) {
    const xr = xBase + oh * xRowStep;
    const d0 = t.dyBase + o * P + oh * OW;
    const [d1, d2, d3] = [d0 + P, d0 + 2 * P, d0 + 3 * P];
    for (let ow = owLo; ow < owHi; ow++) {
      acc[xr + ow * SW] += v0 * dy[d0 + ow]! + v1 * dy[d1 + ow]! + v2 * dy[d2 + ow]! + v3 * dy[d3 + ow]!;
    }
  }
}

function scatterOne(t: Tap, acc: Float64Array, o: number): void {
  const { dy, ohLo, ohHi, owLo, owHi, xBase, xRowStep, SW, P, OW } = t;
  const v = t.w[t.wBase + o * t.T]!;
  for (let oh = ohLo; oh < ohHi; oh++) {
    const xr = xBase + oh * xRowStep;
    const d0 = t.dyBase + o * P + oh * OW;
    for (let ow = owLo; ow < owHi; ow++) acc[xr + ow * SW] += v * dy[d0 + ow]!;
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
        const xv = x[xr + ow * SW]!;
        s0 += dy[d0 + ow]! * xv; s1 += dy[d1 + ow]! * xv; s2 += dy[d2 + ow]! * xv; s3 += dy[d3 + ow]! * xv;
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
      for (let ow = owLo; ow < owHi; ow++) s += dy[d0 + ow]! * x[xr + ow * SW]!;
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
      for (let i = 0; i < OH * OW; i++) s += dy[plane + i]!;
    }
    db[o] = s;
  }
  return db;
}
