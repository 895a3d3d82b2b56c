// The kernels `convlab image --kernel` knows by name, and reading a kernel given as JSON.
import { readMatrix, type Checked } from "../kit/values.ts";

export const KERNELS = {
  /** Outlines: the centre against its eight neighbours (a Laplacian); flat areas give 0. */
  edge: [[-1, -1, -1], [-1, 8, -1], [-1, -1, -1]],
  /** A 3x3 Gaussian blur: weights 1-2-1 in each direction, summing to 1. */
  blur: [[1 / 16, 2 / 16, 1 / 16], [2 / 16, 4 / 16, 2 / 16], [1 / 16, 2 / 16, 1 / 16]],
  /** The centre pushed away from its four neighbours; sums to 1, so flat areas stay as they are. */
  sharpen: [[0, -1, 0], [-1, 5, -1], [0, -1, 0]],
  /** Sobel: change from left to right, smoothed vertically: vertical edges, with their sign. */
  "sobel-x": [[-1, 0, 1], [-2, 0, 2], [-1, 0, 1]],
} satisfies Record<string, number[][]>;

export type KernelName = keyof typeof KERNELS;
export const KERNEL_NAMES = Object.keys(KERNELS) as KernelName[];
/** Largest kernel side accepted (a larger one would blur a terminal-sized picture away). */
export const MAX_KERNEL = 9;

/** A name from KERNELS or a JSON matrix (at most MAX_KERNEL × MAX_KERNEL). */
export function readKernel(raw: unknown, label = "kernel"): Checked<{ name: KernelName | "custom"; values: number[][] }> {
  // Own names only: "constructor" or "toString" name no kernel.
  if (typeof raw === "string" && Object.hasOwn(KERNELS, raw)) return { ok: true, value: { name: raw as KernelName, values: KERNELS[raw as KernelName] } };
  if (typeof raw === "string" && !raw.trim().startsWith("[")) {
    return {
      ok: false,
      reason: {
        en: `a kernel is one of ${KERNEL_NAMES.join(", ")} or a JSON matrix like [[0,1],[2,3]]`,
        zh: `核必须是 ${KERNEL_NAMES.join("、")} 之一，或 [[0,1],[2,3]] 这样的 JSON 矩阵`,
      },
    };
  }
  const checked = readMatrix(raw, { maxRows: MAX_KERNEL, maxCols: MAX_KERNEL }, label);
  return checked.ok ? { ok: true, value: { name: "custom", values: checked.value } } : checked;
}
