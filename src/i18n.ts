// The languages convlab speaks, and its one convention for texts: every module that shows words
// keeps one table per language (`text.en.ts` exporting `en`, `text.zh.ts` exporting `zh` typed
// by `typeof en`), and a text meant for whichever language is chosen later is a LocalText,
// made from those tables with `local`.

export type Lang = "en" | "zh";
export const LANGS: readonly Lang[] = ["en", "zh"];

/** A text in every language convlab speaks. */
export type LocalText = Record<Lang, string>;

/** English counts: "1 cell", "2 cells" (Chinese needs no plural). */
export function count(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** One text table per language. */
export type Texts<T> = Record<Lang, T>;

/** A LocalText built from each language's table with one maker. */
export function local<T>(tables: Texts<T>, make: (t: T, lang: Lang) => string): LocalText {
  return { en: make(tables.en, "en"), zh: make(tables.zh, "zh") };
}
