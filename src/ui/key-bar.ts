// The key bar's items, from the key map: this screen's keys with their short bar labels, in
// the map's order (help first), as many as fit; components/KeyHelpBar.tsx draws them.
import { textWidth as stringWidth } from "../draw/text.ts";
import type { Lang } from "../i18n.ts";
import { commandsOf, keyLabel, keyMap, type Command, type KeyWords, type Scope } from "./keys.ts";

export const SEPARATOR = "  ";

/** `words`: the open lesson's own words for some keys (see lessonKeyWords). */
export function helpBarItems(scope: Scope, lang: Lang, hide: readonly Command[] = [], words: Partial<Record<Command, KeyWords>> = {}): { keys: string; text: string }[] {
  const global: Command[] = scope === "editor" ? [] : ["help"];
  const own = commandsOf(scope).filter((c) => !hide.includes(c));
  const last: Command[] = scope === "editor" ? [] : ["language"];
  return [...global, ...own, ...last].flatMap((c) => {
    const own = words[c];
    if (own) return [{ keys: own.keys, text: own.bar }];
    const bar = (keyMap[c] as { bar?: Record<Lang, string> }).bar;
    return bar ? [{ keys: keyLabel(c, lang), text: bar[lang] }] : [];
  });
}

/** What `?` says in the bar when some keys did not fit: the rest are in its help. */
const MORE: Record<Lang, string> = { en: "more", zh: "更多" };

/** The items that fit in one line of `columns`; `? help` becomes `? more` when some are left out. */
export function fittingItems(scope: Scope, lang: Lang, columns: number, hide: readonly Command[] = [], words: Partial<Record<Command, KeyWords>> = {}): { keys: string; text: string }[] {
  const all = helpBarItems(scope, lang, hide, words);
  const fit = fitting(all, columns);
  if (fit.length === all.length || scope === "editor") return fit;
  return fitting([{ ...all[0]!, text: MORE[lang] }, ...all.slice(1)], columns);
}

function fitting(items: readonly { keys: string; text: string }[], columns: number): { keys: string; text: string }[] {
  const out: { keys: string; text: string }[] = [];
  let used = 0;
  for (const item of items) {
    const w = stringWidth(`${item.keys} ${item.text}`) + (out.length > 0 ? SEPARATOR.length : 0);
    if (used + w > columns) break;
    out.push(item);
    used += w;
  }
  return out;
}
