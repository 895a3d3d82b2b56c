// Progress and settings that are never lost: one small module, the only one that touches the
// file system for state outside a run. Pure functions change a Progress; a store loads and saves it.
//
//   const store = openStore();                       // CONVLAB_HOME, else XDG_DATA_HOME/convlab…
//   const { progress, warnings } = await store.load();
//   langSetting(progress)            → "zh" | "en" | undefined   the language last chosen with `t`
//   stepReached(progress, lessonId)  → number | undefined        the step the learner was last on
//   lessonProgress / exerciseProgress / countProgress            what is seen, done, attempted
//   await store.update((p) => setLang(p, "zh"));                  settings: the last write wins
//   await store.update((p) => setStep(p, "learn-kernel", 4));
//   await store.update((p) => markLessonDone(p, id));             facts: done stays done,
//   await store.update((p) => recordAttempt(p, id, pass));        attempts add up
//   await store.reset();                                          clears progress and steps, keeps lang
//
// Every call resolves, never rejects, within a few seconds (file-system calls have a time limit,
// the lock a wait limit): what went wrong comes back as `warnings` (print with warningText), and
// update/reset also say whether the change is on disk (`saved`). Each update is applied to the
// file as it is under the lock, so several convlabs at once lose nothing. Calls on one store run
// one at a time, in order. See docs/reliability.md for what is promised.
export { MAX_COUNT, SCHEMA_VERSION, dict, emptyProgress, parseProgress } from "./schema.ts";
export type { ExerciseProgress, LessonProgress, Progress, Settings } from "./schema.ts";
export {
  clearedProgress,
  countProgress,
  exerciseProgress,
  langSetting,
  lessonProgress,
  markExerciseSeen,
  markLessonDone,
  markLessonSeen,
  recordAttempt,
  setLang,
  setStep,
  stepReached,
} from "./progress.ts";
export type { ProgressCount } from "./progress.ts";
export { MAX_PROGRESS_BYTES, PROGRESS_FILE, dataDir, openStore } from "./store.ts";
export type { Loaded, ProgressStore, Saved, StoreOptions } from "./store.ts";
export { celebrationText, describeError, errorInfo, fileKindText, warningText } from "./messages.ts";
export type { StoreWarning } from "./messages.ts";
export { abandonedCalls, readBounded } from "./file.ts";
export type { FileKind, ReadResult } from "./file.ts";
