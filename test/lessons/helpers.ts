// Walking a lesson without any renderer: init, then next until done, keeping every frame.
import type { Frame, Lang } from "../../lessons/frame.ts";
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
