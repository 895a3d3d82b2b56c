// What the lab needs from the progress store (src/store, written by the CLI side): which
// lessons are done, a one-line warning to show once, and hooks to record what happens.
export interface LabProgress {
  /** Ids of lessons already done. */
  done: readonly string[];
  /** E.g. "progress file was unreadable; moved aside" or "progress will not be saved". */
  warning?: string;
  /** Called when a lesson is opened. */
  onSeen?(lessonId: string): void;
  /** Called once when a lesson reaches its last step. */
  onDone?(lessonId: string): void;
}
