// Walking a lesson without any renderer: init, then next until done, keeping every frame;
// and the checks the lesson contract tests share.
import { expect } from "vitest";
import type { Frame } from "../../lessons/frame.ts";
import type { Lang } from "../../src/i18n.ts";
import type { Lesson, LessonOptions } from "../../lessons/lesson.ts";

/** Every frame from the state given (or init(options)) to the last step. */
export function walk<S>(lesson: Lesson<S>, options: LessonOptions = {}, lang: Lang = "en", from?: S): Frame[] {
  let state = from ?? lesson.init(options);
  const frames: Frame[] = [];
  for (let guard = 0; guard < 5000; guard++) {
    const frame = lesson.frame(state, lang);
    frames.push(frame);
    if (frame.done) return frames;
    state = lesson.next(state);
  }
  throw new Error(`${lesson.id}: never done`);
}

/** The state after n calls of next. */
export function stepTo<S>(lesson: Lesson<S>, state: S, n: number): S {
  for (let i = 0; i < n; i++) state = lesson.next(state);
  return state;
}

/** A matrix by id (fails the test if missing). */
export function matrix(frame: Frame, id: string) {
  const m = frame.matrices.find((x) => x.id === id);
  if (!m) throw new Error(`frame ${frame.lesson}#${frame.step} has no matrix ${id} (has ${frame.matrices.map((x) => x.id).join(", ")})`);
  return m;
}

export function scalar(frame: Frame, id: string): number {
  const s = frame.scalars.find((x) => x.id === id);
  if (!s) throw new Error(`frame ${frame.lesson}#${frame.step} has no scalar ${id}`);
  return s.value;
}

/** An equation's tokens joined into the text a renderer prints. */
export function equationText(frame: Frame, label?: string): string[] {
  return frame.equations.filter((e) => label === undefined || e.label === label).map((e) => e.tokens.map((t) => t.text).join(""));
}

/** JSON round trip, with the non-finite numbers JSON turns into null put back for comparison. */
export function expectJsonSafe(frame: Frame): void {
  const back = JSON.parse(JSON.stringify(frame));
  const restore = (a: unknown, b: unknown): unknown =>
    typeof a === "number" && !Number.isFinite(a) && b === null ? a
    : Array.isArray(a) ? a.map((x, i) => restore(x, (b as unknown[])[i]))
    : a && typeof a === "object" ? Object.fromEntries(Object.entries(a).map(([k, v]) => [k, restore(v, (b as Record<string, unknown>)[k])]))
    : b;
  expect(restore(frame, back)).toEqual(frame);
}

/** What every renderer relies on in a walk's frames: numbering, done/outcome at the end only,
 *  a heading, code and cell indices in range, unique rectangular matrices, plain JSON data.
 *  Texts are checked by each contract test, which differ on what a narrative may say. */
export function expectWellFormed(frames: Frame[], id: string): void {
  frames.forEach((f, i) => {
    expect(f.lesson).toBe(id);
    expect(f.step).toBe(i);
    expect(f.steps).toBe(frames.length);
    expect(f.done).toBe(i === frames.length - 1);
    expect(f.outcome === undefined).toBe(!f.done);
    expect(f.heading.length).toBeGreaterThan(0);
    for (const n of f.code.current) expect(n >= 0 && n < f.code.lines.length).toBe(true);
    const ids = f.matrices.map((m) => m.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const m of f.matrices) {
      const cols = m.values[0]!.length;
      expect(m.values.every((r) => r.length === cols)).toBe(true);
      for (const [r, c] of [...(m.window ?? []), ...(m.current ?? []), ...(m.pending ?? [])]) {
        expect(r >= 0 && r < m.values.length && c >= 0 && c < cols, `${m.id} cell ${r},${c}`).toBe(true);
      }
    }
    expectJsonSafe(f);
  });
}

/** next to the last step (and once more: unchanged), then back step by step to the first (and
 *  once more: unchanged), each frame equal to the forward walk's. */
export function expectBackRetracesNext<S>(lesson: Lesson<S>, options: LessonOptions, forward: Frame[]): void {
  let state = lesson.init(options);
  for (let i = 1; i < forward.length; i++) state = lesson.next(state);
  expect(lesson.frame(lesson.next(state), "en")).toEqual(forward.at(-1));
  for (let i = forward.length - 1; i >= 0; i--) {
    expect(lesson.frame(state, "en")).toEqual(forward[i]);
    state = lesson.back(state);
  }
  expect(lesson.frame(state, "en")).toEqual(forward[0]);
}
