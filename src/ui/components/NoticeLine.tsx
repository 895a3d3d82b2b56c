// The last refusal or message, in the current language (see state/notice.ts).
import type { Lang } from "../../i18n.ts";
import { isRefusal, type Notice } from "../state/notice.ts";
import { uiStrings } from "../strings.ts";
import { StatusLine } from "./StatusLine.tsx";

export function noticeText(notice: Notice, lang: Lang): string {
  const t = uiStrings(lang);
  switch (notice.kind) {
    case "notANumber":
      return t.notANumber(notice.text);
    case "notFinite":
      return t.notFinite(notice.text);
    case "empty":
      return t.emptyEntry;
    case "tooLong":
      return t.tooLong(notice.length);
    case "tooManyNumbers":
      return t.tooManyNumbers(notice.count, notice.room);
    case "nothingToEdit":
      return t.nothingToEdit;
    case "noExercises":
      return t.noExercises;
    case "refused":
      return notice.reason[lang];
    case "seed":
      return t.newSeed(notice.seed);
    case "speed":
      return t.speed(String(notice.speed));
    case "error":
      return t.crashed(notice.message);
  }
}

export function NoticeLine({ notice, lang, width }: { notice?: Notice; lang: Lang; width: number }) {
  if (!notice) return null;
  return <StatusLine kind={isRefusal(notice) ? "error" : "info"} message={noticeText(notice, lang)} width={width} />;
}

