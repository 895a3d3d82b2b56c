// What a check found, as plain data: the worker sends it to the checker, which prints it
// (report.ts), shows it on the watch screen, or writes it as JSON. Texts that depend on the
// case come in both languages; everything else is worded by report.ts.
import type { Lang } from "../i18n.ts";

export type Text = Record<Lang, string>;

/** A value as shown in a failing case: nested numbers (an NDArray's toArray()), or a description. */
export type ShownValue = number | ShownValue[] | string;

export interface Shown {
  name: string;
  value: ShownValue;
}

/** The learner's line where something went wrong, with its text (for a caret). */
export interface SourceLine {
  file: string;
  line: number;
  column: number;
  text: string;
}

export interface FailedCase {
  /** Which case, e.g. "the notebook's X and K" or "random case 3 (seed 3)". */
  label: Text;
  inputs: Shown[];
  expected: Shown[];
  got: Shown[];
  /** What differs, e.g. "shape 2×2 expected, got 3×3" or "Y[1, 0]: 37 expected, got 36". */
  note: Text;
}

export type Verdict =
  | { kind: "pass"; cases: number }
  | { kind: "not-done" }
  | { kind: "missing-file"; file: string }
  | { kind: "no-export"; name: string }
  | { kind: "wrong"; failed: FailedCase; caseNumber: number; cases: number }
  | { kind: "threw"; message: string; source?: SourceLine; label?: Text; inputs?: Shown[] }
  | { kind: "syntax"; message: string; source?: SourceLine }
  | { kind: "timeout"; seconds: number }
  | { kind: "memory"; mb: number }
  | { kind: "exited"; code: number }
  | { kind: "crashed"; message: string };

export const passed = (v: Verdict | undefined): boolean => v?.kind === "pass";
