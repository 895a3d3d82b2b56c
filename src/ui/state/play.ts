// How long play shows a step: the time it takes to read it, so lesson 1's long first step can be
// read and lesson 8's short iteration steps do not crawl. `+` / `−` double or halve the speed.
import type { Frame } from "../../../lessons/frame.ts";

/** Play's speeds, as multiples of reading speed (×1 = time to read the step). */
export const SPEEDS = [0.25, 0.5, 1, 2, 4, 8, 16, 32, 64] as const;
export const DEFAULT_SPEED = 2;

/** Ink draws at most 30 frames a second: play never asks for more. */
export const MIN_INTERVAL_MS = Math.ceil(1000 / 30);

// About 250 English words and 400 Chinese characters a minute, plus a glance at the numbers.
const MS_PER_WORD = 60_000 / 250;
const MS_PER_HAN = 60_000 / 400;
const GLANCE_MS = 1500;

const HAN = /\p{Script=Han}/gu;

/**
 * The time to read a step's heading, narrative and verdict, in either language. Paragraphs the
 * step before already showed (e.g. lesson 8's legend on each of its 40 iterations) were read there.
 */
export function readingMs(frame: Frame, previous?: Frame): number {
  const fresh = frame.narrative.filter((p) => !previous?.narrative.includes(p));
  const text = [frame.heading, ...fresh, frame.outcome?.message ?? ""].join(" ");
  const han = text.match(HAN)?.length ?? 0;
  const words = text
    .replace(HAN, " ")
    .split(/\s+/)
    .filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  return GLANCE_MS + words * MS_PER_WORD + han * MS_PER_HAN;
}

/** How long play stays on this step, coming from `previous`, at a speed (an index into SPEEDS). */
export function stepMs(frame: Frame, speed: number, previous?: Frame): number {
  return Math.max(MIN_INTERVAL_MS, Math.round(readingMs(frame, previous) / (SPEEDS[speed] ?? 1)));
}
