// Errors a learner can read: the op's name and the shapes involved, never an index dump.

/** Thrown when shapes do not fit together (mismatch, kernel too large, bad stride…). */
export class ShapeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ShapeError";
  }
}

/** A shape as a learner writes it: [2, 3] → "2×3"; [] → "scalar". */
export function fmtShape(shape: readonly number[]): string {
  return shape.length === 0 ? "scalar" : shape.join("×");
}
