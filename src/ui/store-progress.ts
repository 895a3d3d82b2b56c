// The lab's view of the progress store (src/store): done lessons, solved exercises and settings
// (the language, the step reached in each lesson) from the saved file, and every event saved as
// it happens. The store never rejects; its warnings come back in both languages for the menu.
import type { Lang } from "../i18n.ts";
import {
  markLessonDone,
  markLessonSeen,
  recordAttempt,
  setLang,
  setStep,
  warningText,
  type Progress,
  type ProgressStore,
  type StoreWarning,
} from "../store/index.ts";
import type { LabProgress, LabText } from "./progress.ts";

/** The store's warnings as one text in every language (the lab's menu and the practice screen show it). */
export function warningsText(warnings: readonly StoreWarning[]): LabText | undefined {
  if (warnings.length === 0) return undefined;
  const say = (lang: Lang): string => warnings.map((w) => warningText(w, lang)).join(" ");
  return { en: say("en"), zh: say("zh") };
}

export async function progressFromStore(store: ProgressStore): Promise<LabProgress> {
  const { progress, warnings } = await store.load();
  const save = async (change: (p: Progress) => Progress) => warningsText((await store.update(change)).warnings);
  return {
    done: Object.entries(progress.lessons)
      .filter(([, l]) => l.done)
      .map(([id]) => id),
    exercisesDone: Object.entries(progress.exercises)
      .filter(([, e]) => e.done)
      .map(([id]) => id),
    lang: progress.settings.lang,
    steps: { ...progress.settings.steps },
    warning: warningsText(warnings),
    onSeen: (id) => save((p) => markLessonSeen(p, id)),
    onDone: (id) => save((p) => markLessonDone(p, id)),
    onAttempt: (id, pass) => save((p) => recordAttempt(p, id, pass)),
    onLang: (lang) => save((p) => setLang(p, lang)),
    onStep: (id, step) => save((p) => setStep(p, id, step)),
  };
}
