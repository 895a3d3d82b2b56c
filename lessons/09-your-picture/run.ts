// A picture through one kernel, by the engine: the picture as a 1×1×H×W batch, the kernel as
// 1×1×h×w, and nd.conv2d with padding ⌊(k − 1)/2⌋ so an odd kernel keeps the picture's size.
// Lines shown on screen (code.ts) are copied from here.
import { nd } from "../../src/engine/index.ts";

export function filterPicture(picture: number[][], kernel: number[][]): number[][] {
  const [H, W] = [picture.length, picture[0]!.length];
  const [kh, kw] = [kernel.length, kernel[0]!.length];
  const X = nd.array(picture).reshape(1, 1, H, W);
  const K = nd.array(kernel).reshape(1, 1, kh, kw);
  const Y = nd.conv2d(X, K, { pad: [Math.floor((kh - 1) / 2), Math.floor((kw - 1) / 2)] });
  return Y.reshape(Y.shape[2], Y.shape[3]).to2d();
}

/**
 * Grey levels to show an output as a picture. A kernel whose weights sum to 0 (edges) gives
 * signed answers: mid-grey is 0, white the largest positive, black the most negative. Any other
 * kernel gives levels like its input's: shown as they are, clipped to 0…1.
 */
export function shade(output: number[][], kernel: number[][]): number[][] {
  const top = signedScale(output, kernel);
  if (top === null) return output.map((row) => row.map((v) => (Number.isNaN(v) ? 0 : Math.min(1, Math.max(0, v)))));
  return output.map((row) => row.map((v) => (top === 0 || !Number.isFinite(v) ? 0.5 : 0.5 + v / (2 * top))));
}

/** For a kernel whose weights sum to 0, the largest |answer| (drawn black when negative, white when positive); null for any other kernel. */
export function signedScale(output: number[][], kernel: number[][]): number | null {
  const sum = kernel.flat().reduce((a, b) => a + b, 0);
  if (Math.abs(sum) > 1e-6) return null;
  return Math.max(0, ...output.flat().filter(Number.isFinite).map(Math.abs));
}
