// Ops that move numbers around without changing them: reshape and 2-D transpose.
import { NDArray } from "../ndarray.ts";
import { recordOp } from "../autograd.ts";
import { ShapeError, fmtShape } from "../errors.ts";

/** New shape with the same numbers in the same order; one axis may be -1 (inferred). */
export function reshape(a: NDArray, shape: readonly number[]): NDArray {
  const target = inferShape(a, shape);
  return recordOp(new NDArray(a.data.slice(), target), "reshape", [a], (g) => [new NDArray(g.data.slice(), a.shape)]);
}

function inferShape(a: NDArray, shape: readonly number[]): number[] {
  const bad = () => new ShapeError(`reshape: cannot reshape ${fmtShape(a.shape)} (${a.size} numbers) into ${shape.join("×")}`);
  if (shape.some((d) => !Number.isInteger(d) || (d < 1 && d !== -1)) || shape.filter((d) => d === -1).length > 1) throw bad();
  const known = shape.reduce((x, d) => (d === -1 ? x : x * d), 1);
  const out = shape.map((d) => (d === -1 ? a.size / known : d));
  if (!out.every(Number.isInteger) || out.reduce((x, d) => x * d, 1) !== a.size) throw bad();
  return out;
}

/** Rows become columns (2-D only). */
export function transpose(a: NDArray): NDArray {
  if (a.ndim !== 2) throw new ShapeError(`T: transpose needs a 2-D array, got ${fmtShape(a.shape)}`);
  const [rows, cols] = a.shape as [number, number];
  const flip = (src: Float32Array, r: number, c: number) => {
    const out = new Float32Array(r * c);
    for (let i = 0; i < r; i++) for (let j = 0; j < c; j++) out[j * r + i] = src[i * c + j]!;
    return out;
  };
  return recordOp(new NDArray(flip(a.data, rows, cols), [cols, rows]), "T", [a], (g) => [
    new NDArray(flip(g.data, cols, rows), a.shape),
  ]);
}
