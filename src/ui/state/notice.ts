// A one-line message under the lesson (a refusal, a new seed…), kept as data so a language
// switch re-words it instead of leaving it in the old language.
import type { LocalText } from "../../i18n.ts";

export type Notice =
  | { kind: "notANumber"; text: string }
  | { kind: "notFinite"; text: string }
  | { kind: "empty" }
  /** Text longer than a cell takes (a paste, usually): refused without quoting it. */
  | { kind: "tooLong"; length: number }
  /** A paste of `count` numbers with only `room` cells from the cursor. */
  | { kind: "tooManyNumbers"; count: number; room: number }
  | { kind: "nothingToEdit" }
  | { kind: "noExercises" }
  | { kind: "refused"; reason: LocalText }
  | { kind: "seed"; seed: number }
  | { kind: "speed"; speed: number }
  | { kind: "error"; message: string };

/** Refusals are shown as errors; the rest as information. */
export const isRefusal = (n: Notice): boolean => n.kind !== "seed" && n.kind !== "speed";
