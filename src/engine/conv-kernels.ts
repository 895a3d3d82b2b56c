// The loops of 2-D cross-correlation and its three gradients, over flat typed arrays.
// Layouts: x is N×C×H×W, w is O×C×KH×KW, y is N×O×OH×OW (row-major, like MXNet/PyTorch).
// Every loop is ordered so the innermost one walks along a row (contiguous memory when
// the stride is 1), and the out-of-bounds (padding) positions are cut from the loop
// bounds once per kernel tap instead of being tested per element.

export interface ConvGeometry {
  N: number; C: number; H: number; W: number; // input
  O: number; KH: number; KW: number;          // weight
  SH: number; SW: number; PH: number; PW: number; // stride, zero padding
  OH: number; OW: number;                      // output
}

/** Output positions o (0 ≤ o < outLen) whose input o·stride + tap − pad lies in [0, inLen). */
function validRange(tap: number, stride: number, pad: number, inLen: number, outLen: number): [number, number] {
  const lo = Math.max(0, Math.ceil((pad - tap) / stride));
  const hi = Math.min(outLen, Math.floor((inLen - 1 + pad - tap) / stride) + 1);
  return [lo, Math.max(lo, hi)];
}

/** y[n,o] = bias[o] + Σ_c Σ_ki,kj w[o,c,ki,kj] · x[n,c, oh·SH+ki−PH, ow·SW+kj−PW] */
export function convForward(g: ConvGeometry, x: Float32Array, w: Float32Array, bias: Float32Array | null): Float32Array {
  const { N, C, H, W, O, KH, KW, SH, SW, PH, PW, OH, OW } = g;
  const y = new Float32Array(N * O * OH * OW);
  const acc = new Float64Array(OH * OW); // one output plane, summed in doubles
  for (let n = 0; n < N; n++) {
    for (let o = 0; o < O; o++) {
      acc.fill(bias ? bias[o]! : 0);
      for (let c = 0; c < C; c++) {
        const xPlane = (n * C + c) * H * W;
        for (let ki = 0; ki < KH; ki++) {
          const [ohLo, ohHi] = validRange(ki, SH, PH, H, OH);
          for (let kj = 0; kj < KW; kj++) {
            const [owLo, owHi] = validRange(kj, SW, PW, W, OW);
            const wv = w[((o * C + c) * KH + ki) * KW + kj]!;
            for (let oh = ohLo; oh < ohHi; oh++) {
              const xRow = xPlane + (oh * SH + ki - PH) * W + kj - PW;
              const yRow = oh * OW;
              for (let ow = owLo; ow < owHi; ow++) acc[yRow + ow] += wv * x[xRow + ow * SW]!;
            }
          }
        }
      }
      y.set(acc, (n * O + o) * OH * OW);
    }
  }
  return y;
}

/** ∂x[n,c,ih,iw] = Σ over the outputs that read it of w · dy (the forward loop, run as a scatter). */
export function convBackwardInput(g: ConvGeometry, dy: Float32Array, w: Float32Array): Float32Array {
  const { N, C, H, W, O, KH, KW, SH, SW, PH, PW, OH, OW } = g;
  const dx = new Float32Array(N * C * H * W);
  const acc = new Float64Array(H * W);
  for (let n = 0; n < N; n++) {
    for (let c = 0; c < C; c++) {
      acc.fill(0);
      for (let o = 0; o < O; o++) {
        const dyPlane = (n * O + o) * OH * OW;
        for (let ki = 0; ki < KH; ki++) {
          const [ohLo, ohHi] = validRange(ki, SH, PH, H, OH);
          for (let kj = 0; kj < KW; kj++) {
            const [owLo, owHi] = validRange(kj, SW, PW, W, OW);
            const wv = w[((o * C + c) * KH + ki) * KW + kj]!;
            for (let oh = ohLo; oh < ohHi; oh++) {
              const xRow = (oh * SH + ki - PH) * W + kj - PW;
              const yRow = dyPlane + oh * OW;
              for (let ow = owLo; ow < owHi; ow++) acc[xRow + ow * SW] += wv * dy[yRow + ow]!;
            }
          }
        }
      }
      dx.set(acc, (n * C + c) * H * W);
    }
  }
  return dx;
}

/** ∂w[o,c,ki,kj] = Σ_n Σ_oh,ow dy[n,o,oh,ow] · x[n,c, oh·SH+ki−PH, ow·SW+kj−PW] */
export function convBackwardWeight(g: ConvGeometry, dy: Float32Array, x: Float32Array): Float32Array {
  const { N, C, H, W, O, KH, KW, SH, SW, PH, PW, OH, OW } = g;
  const dw = new Float32Array(O * C * KH * KW);
  for (let o = 0; o < O; o++) {
    for (let c = 0; c < C; c++) {
      for (let ki = 0; ki < KH; ki++) {
        const [ohLo, ohHi] = validRange(ki, SH, PH, H, OH);
        for (let kj = 0; kj < KW; kj++) {
          const [owLo, owHi] = validRange(kj, SW, PW, W, OW);
          let s = 0;
          for (let n = 0; n < N; n++) {
            const xPlane = (n * C + c) * H * W;
            const dyPlane = (n * O + o) * OH * OW;
            for (let oh = ohLo; oh < ohHi; oh++) {
              const xRow = xPlane + (oh * SH + ki - PH) * W + kj - PW;
              const yRow = dyPlane + oh * OW;
              for (let ow = owLo; ow < owHi; ow++) s += dy[yRow + ow]! * x[xRow + ow * SW]!;
            }
          }
          dw[((o * C + c) * KH + ki) * KW + kj] = s;
        }
      }
    }
  }
  return dw;
}

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
