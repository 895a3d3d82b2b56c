// The menu's layout and the terminal's size. A lesson screen's panels are planned in one
// place, src/draw/plan.ts (re-exported here: the sizes every screen shares).
import { textWidth } from "../draw/text.ts";
import { wrapText } from "../draw/wrap.ts";
import type { Size } from "../draw/plan.ts";

export { COLUMN_GAP, isTooSmall, isWide, MATRIX_GAP, MIN_COLUMNS, MIN_ROWS, WIDE_COLUMNS, type Size } from "../draw/plan.ts";

/** A terminal's size; 80×24 where it does not say. */
export const terminalSize = (stdout: NodeJS.WriteStream): Size => ({ columns: stdout.columns || 80, rows: stdout.rows || 24 });

/** The first and past-the-last item shown so that `selected` is visible in `fit` rows. */
export function listWindow(count: number, selected: number, fit: number): [number, number] {
  if (fit >= count) return [0, count];
  const start = Math.max(0, Math.min(count - fit, selected - Math.floor(fit / 2)));
  return [start, start + fit];
}

/** What the menu shows of a lesson. */
export interface MenuEntry {
  number: number;
  title: string;
  summary: string;
  done: boolean;
}

/** A piece of a menu line, by what it is (the list colours each kind). */
export interface MenuPart {
  kind: "cue" | "title" | "done" | "summary" | "more";
  text: string;
}

/** One line of the menu's list: a lesson's (with the lesson's index), a blank, or an ↑/↓ mark. */
export interface MenuLine {
  lesson?: number;
  parts: MenuPart[];
}

export interface MenuListPlan {
  lines: MenuLine[];
  /** Rows left over (the menu spends them on blank lines under the header and above the track). */
  spare: number;
}

/**
 * The menu's list in `rows` lines, every lesson on screen if it can be: each lesson whole
 * (title, then its summary wrapped) with blank lines between them when they fit, else without
 * them, else title and summary run on in one paragraph; still too long, the summaries of lessons
 * not selected lose their last lines, marked "…" (the selected lesson is always whole, so moving
 * the cursor reads any of them); only then a window around the selected lesson, with ↑/↓ counts.
 */
export function planMenuList(entries: readonly MenuEntry[], selected: number, columns: number, rows: number, doneMark: string): MenuListPlan {
  const indent = 2 + Math.max(0, ...entries.map((e) => `${e.number}. `.length));
  const width = Math.max(10, columns - indent);
  const cue = (i: number): MenuPart => ({ kind: "cue", text: padRight(`${i === selected ? "›" : " "} ${entries[i]!.number}. `, indent) });
  const pad: MenuPart = { kind: "cue", text: " ".repeat(indent) };
  const done = (e: MenuEntry): MenuPart[] => (e.done ? [{ kind: "done", text: ` ${doneMark}` }] : []);

  const stacked = entries.map((e, i): MenuLine[] => [
    { lesson: i, parts: [cue(i), { kind: "title", text: e.title }, ...done(e)] },
    ...wrapText(e.summary, width).map((text) => ({ lesson: i, parts: [pad, { kind: "summary" as const, text }] })),
  ]);
  const runOn = entries.map((e, i): MenuLine[] =>
    wrapParts([{ kind: "title", text: e.title }, ...done(e), { kind: "summary", text: ` · ${e.summary}` }], width).map((parts, k) => ({ lesson: i, parts: [k === 0 ? cue(i) : pad, ...parts] })),
  );
  const count = (blocks: MenuLine[][]) => blocks.reduce((n, b) => n + b.length, 0);
  const whole = (lines: MenuLine[]): MenuListPlan => ({ lines, spare: Math.max(0, rows - lines.length) });
  const blank: MenuLine = { parts: [] };

  if (count(stacked) + entries.length - 1 <= rows) return whole(stacked.flatMap((b, i) => (i > 0 ? [blank, ...b] : b)));
  if (count(stacked) <= rows) return whole(stacked.flat());
  if (count(runOn) <= rows) return whole(runOn.flat());

  // Shorten the longest summaries of lessons not selected, a line at a time.
  const kept = runOn.map((b) => b.length);
  while (kept.reduce((a, b) => a + b, 0) > rows) {
    let longest = -1;
    kept.forEach((n, i) => {
      if (i !== selected && n > 1 && (longest < 0 || n > kept[longest]!)) longest = i;
    });
    if (longest < 0) break;
    kept[longest]! -= 1;
  }
  const shortened = runOn.map((b, i) => (kept[i]! < b.length ? cutLines(b.slice(0, kept[i]), width) : b));
  if (count(shortened) <= rows) return whole(shortened.flat());

  // A short terminal: a window of one-line lessons (the selected one whole), with ↑/↓ counts.
  let fit = Math.max(1, rows - 2);
  let start = 0;
  let end = entries.length;
  for (; fit >= 1; fit--) {
    [start, end] = listWindow(entries.length, selected, fit);
    if (count(shortened.slice(start, end)) + (start > 0 ? 1 : 0) + (end < entries.length ? 1 : 0) <= rows || fit === 1) break;
  }
  const mark = (text: string): MenuLine => ({ parts: [{ kind: "more", text }] });
  return {
    lines: [...(start > 0 ? [mark(`  ↑ ${start}`)] : []), ...shortened.slice(start, end).flat(), ...(end < entries.length ? [mark(`  ↓ ${entries.length - end}`)] : [])],
    spare: 0,
  };
}

function padRight(text: string, width: number): string {
  return text + " ".repeat(Math.max(0, width - textWidth(text)));
}

/** Lines ending in "…" at the end of the last one: what is left off is read by selecting the lesson. */
function cutLines(lines: MenuLine[], width: number): MenuLine[] {
  const last = lines.at(-1)!;
  const [cueParts, rest] = [last.parts.slice(0, 1), last.parts.slice(1)];
  const text = rest.map((p) => p.text).join("");
  const room = width - 1;
  let kept = "";
  for (const ch of text) {
    if (textWidth(kept + ch) > room) break;
    kept += ch;
  }
  // the parts, trimmed to what was kept
  const parts: MenuPart[] = [];
  let left = kept.trimEnd().length;
  for (const p of rest) {
    if (left <= 0) break;
    parts.push({ ...p, text: p.text.slice(0, left) });
    left -= p.text.length;
  }
  return [...lines.slice(0, -1), { ...last, parts: [...cueParts, ...parts, { kind: "more", text: "…" }] }];
}

/** Styled parts wrapped as one text (by wrapText's rules), each line split back into its parts. */
function wrapParts(parts: readonly MenuPart[], width: number): MenuPart[][] {
  const source = parts.map((p) => p.text).join("");
  const kindAt: MenuPart["kind"][] = parts.flatMap((p) => [...p.text].map(() => p.kind));
  const chars = [...source];
  let at = 0;
  return wrapText(source, width).map((line) => {
    const out: MenuPart[] = [];
    for (const ch of line) {
      // a break swallowed the spaces before this line's characters
      while (at < chars.length && chars[at] !== ch) at++;
      const kind = kindAt[at++] ?? "summary";
      const prev = out.at(-1);
      if (prev && prev.kind === kind) prev.text += ch;
      else out.push({ kind, text: ch });
    }
    return out;
  });
}

/** Lines the menu's list may take in a live area of rows-1: the header, the heading, the key bar
 * and `otherLines` (practice track, celebration, warning, notice) take the rest. */
export function menuListLines(rows: number, otherLines: number): number {
  return rows - 1 - 2 - otherLines - 1;
}

/** Lines a wrapped text takes. */
export function textHeight(text: string, width: number): number {
  return wrapText(text, width).length;
}

