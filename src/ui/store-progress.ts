// The lab's view of the progress store (src/store): done lessons and solved exercises from
// the saved file, and every lesson opened or finished saved as it happens. The store never
// throws; its warnings come back in both languages for the menu.
import type { Lang } from "../../lessons/frame.ts";
import { markLessonDone, markLessonSeen, recordAttempt, warningText, type ProgressStore, type StoreWarning } from "../store/index.ts";
import type { LabProgress, LabText } from "./progress.ts";

function warningsText(warnings: readonly StoreWarning[]): LabText | undefined {
  if (warnings.length === 0) return undefined;
  const say = (lang: Lang): string => warnings.map((w) => warningText(w, lang)).join(" ");
  return { en: say("en"), zh: say("zh") };
}

export function progressFromStore(store: ProgressStore): LabProgress {
  const { progress, warnings } = store.load();
  return {
    done: Object.entries(progress.lessons)
      .filter(([, l]) => l.done)
      .map(([id]) => id),
    exercisesDone: Object.entries(progress.exercises)
      .filter(([, e]) => e.done)
      .map(([id]) => id),
    warning: warningsText(warnings),
    onSeen: (id) => warningsText(store.update((p) => markLessonSeen(p, id)).warnings),
    onDone: (id) => warningsText(store.update((p) => markLessonDone(p, id)).warnings),
    onAttempt: (id, pass) => warningsText(store.update((p) => recordAttempt(p, id, pass)).warnings),
  };
}
