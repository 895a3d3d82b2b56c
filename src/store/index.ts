// Progress that is never lost: one small module, the only one that touches the file system
// for state outside a run. Pure functions change Progress; a store loads and saves it.
export { SCHEMA_VERSION, emptyProgress, parseProgress } from "./schema.ts";
export type { ExerciseProgress, LessonProgress, Progress } from "./schema.ts";
export {
  countProgress,
  exerciseProgress,
  lessonProgress,
  markExerciseSeen,
  markLessonDone,
  markLessonSeen,
  mergeProgress,
  recordAttempt,
} from "./progress.ts";
export type { ProgressCount } from "./progress.ts";
export { PROGRESS_FILE, dataDir, openStore } from "./store.ts";
export type { Loaded, ProgressStore, StoreOptions } from "./store.ts";
export { describeError, errorInfo, warningText } from "./messages.ts";
export type { StoreWarning } from "./messages.ts";
