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
  // Steps change as fast as keys (or play) go: one save per lesson at a time, and of the steps
  // that came meanwhile only the latest, so a burst of keys never queues a burst of writes.
  const latestStep = new Map<string, number>();
  const saving = new Set<string>();
  const saveStep = async (id: string, step: number): Promise<LabText | undefined> => {
    latestStep.set(id, step);
    if (saving.has(id)) return undefined;
    saving.add(id);
    let said: LabText | undefined;
    try {
      for (let next = latestStep.get(id); next !== undefined; next = latestStep.get(id)) {
        latestStep.delete(id);
        said = (await save((p) => setStep(p, id, next!))) ?? said;
      }
    } finally {
      saving.delete(id);
    }
    return said;
  };
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
    onStep: saveStep,
  };
}
