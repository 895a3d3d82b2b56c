// Word wrap in terminal columns, by the rules of both languages: English breaks at spaces;
// Chinese may break between any two characters, but never before closing punctuation (，。）…),
// after opening punctuation (（《…), between a number and its measure word (4 个), nor on either
// side of "=". A bracketed stretch up to BRACKET_GLUE wide stays on one line ("(W − w + 1)").
// A word longer than the line is cut by characters. No line starts with a space.
import { textWidth } from "./text.ts";

// Strings, not regex literals, so the bundle stays ASCII (scripts/build.mjs).
const CJK = "\\u2E80-\\u9FFF\\uF900-\\uFAFF\\uFF00-\\uFFEF\\u3000-\\u303F";
const CLOSING = "，。；：、！？）」』】》〉〕”’％…";
const OPENING = "（「『【《〈〔“‘";
const UNITS = new RegExp(`[${OPENING}]*(?:[${CJK}]|[^\\s${CJK}]+)[${CLOSING}]*|\\s+`, "gu");
const SPACE = /^\s+$/u;
/** Leading, trailing, doubled or non-plain spaces: the text must go through the units. */
const UNEVEN_SPACE = /^\s|\s$|\s\s|[^\S ]/u;
const STARTS_CJK = new RegExp(`^[${CJK}]`, "u");
const ENDS_DIGIT = /[0-9]$/;

interface Unit {
  text: string;
  /** A space stood before it in the source. */
  space: boolean;
}

/** Units that may not be parted: a number and the CJK word after it, anything around "=". */
function glued(prev: Unit, next: Unit): boolean {
  if (prev.text === "=" || next.text === "=") return true;
  return ENDS_DIGIT.test(prev.text) && STARTS_CJK.test(next.text);
}

/** A bracketed stretch of prose up to this wide is kept on one line ("K[h − 1 − a, w − 1 − b]"). */
const BRACKET_GLUE = 28;
const OPEN_BRACKETS = "([{⌊⌈";
const CLOSE_BRACKETS = ")]}⌋⌉";

/** [start, end) offsets of the outermost bracketed stretches no wider than BRACKET_GLUE. */
function shortBrackets(text: string): [number, number][] {
  const spans: [number, number][] = [];
  const open: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (OPEN_BRACKETS.includes(text[i]!)) open.push(i);
    else if (CLOSE_BRACKETS.includes(text[i]!) && open.length > 0) {
      const start = open.pop()!;
      if (open.length === 0 && textWidth(text.slice(start, i + 1)) <= BRACKET_GLUE) spans.push([start, i + 1]);
    }
  }
  return spans;
}

/** `max`: a bracketed stretch is glued only while it fits a line (else it breaks at its spaces). */
function units(text: string, max = Infinity): Unit[] {
  const out: Unit[] = [];
  const spans = shortBrackets(text);
  let space = false;
  for (const match of text.matchAll(UNITS)) {
    const token = match[0];
    if (SPACE.test(token)) {
      space = out.length > 0;
      continue;
    }
    const unit = { text: token, space };
    const prev = out[out.length - 1];
    // inside a short bracketed stretch, not at its start: part of the unit before
    const inside = spans.some(([start, end]) => match.index > start && match.index < end);
    const joined = prev ? prev.text + (space ? " " : "") + token : token;
    if (prev && ((inside && textWidth(joined) <= max) || glued(prev, unit))) prev.text = joined;
    else out.push(unit);
    space = false;
  }
  return out;
}

/** `text` as lines of at most `width` columns (at least one line, maybe empty). */
export function wrapText(text: string, width: number): string[] {
  const max = Math.max(1, Math.floor(width));
  // Most text fits: spaces already single, nothing to break.
  if (!UNEVEN_SPACE.test(text) && textWidth(text) <= max) return [text];
  const lines: string[] = [];
  let line = "";
  let used = 0;
  const push = (): void => {
    lines.push(line);
    line = "";
    used = 0;
  };
  for (const unit of units(text, max)) {
    const w = textWidth(unit.text);
    const gap = unit.space && used > 0 ? 1 : 0;
    if (used > 0 && used + gap + w > max) push();
    else if (gap) {
      line += " ";
      used += 1;
    }
    if (w <= max) {
      line += unit.text;
      used += w;
      continue;
    }
    for (const ch of unit.text) {
      const cw = textWidth(ch);
      if (used > 0 && used + cw > max) push();
      if (used === 0 && ch === " ") continue;
      line += ch;
      used += cw;
    }
  }
  if (used > 0 || lines.length === 0) lines.push(line);
  return lines;
}

/** A piece of a formula (an equation's token): its text and whatever the caller attaches. */
export interface Piece {
  text: string;
}

const OPERATORS = new Set(["+", "−", "-", "=", "×", "/", "·", "≈", "≤", "<", ">"]);
const OPENS = new Set(["(", "[", "{", "⌊", "⌈"]);
const CLOSES = new Set([")", "]", "}", "⌋", "⌉"]);

/**
 * A formula as lines of pieces, kept whole where it can be: a line breaks only before an
 * operator standing between spaces (" + ", " = "), outside brackets where that fits, never
 * inside a number. Pieces are cut at the breaks (each keeps its other fields); a continued
 * line starts with its operator. Only a stretch with no operator at all is cut by columns.
 */
export function wrapFormula<P extends Piece>(pieces: readonly P[], width: number): P[][] {
  const max = Math.max(1, Math.floor(width));
  if (textWidth(pieces.map((p) => p.text).join("")) <= max) return [[...pieces]];
  const chars = pieces.flatMap((p) => [...p.text]);
  const widths = chars.map((c) => textWidth(c));
  if (widths.reduce((a, b) => a + b, 0) <= max) return [[...pieces]];
  // Break candidates: the space before an operator that has a space after it, with its depth.
  const candidates: { at: number; outer: boolean }[] = [];
  let depth = 0;
  chars.forEach((c, i) => {
    if (OPENS.has(c)) depth++;
    else if (CLOSES.has(c)) depth = Math.max(0, depth - 1);
    else if (c === " " && OPERATORS.has(chars[i + 1] ?? "") && chars[i + 2] === " " && i > 0) candidates.push({ at: i, outer: depth === 0 });
  });
  const breaks: number[] = [];
  let start = 0;
  for (;;) {
    let used = 0;
    let end = start;
    while (end < chars.length && used + widths[end]! <= max) used += widths[end++]!;
    if (end >= chars.length) break;
    const fitting = candidates.filter((c) => c.at > start && c.at <= end);
    // no operator in reach: a space between words or numbers, never inside a number
    const space = chars.lastIndexOf(" ", end);
    const pick = fitting.filter((c) => c.outer).pop() ?? fitting.pop() ?? (space > start ? { at: space, outer: false } : undefined);
    const at = pick ? pick.at : Math.max(end, start + 1);
    breaks.push(at);
    // The break's space is dropped; a forced cut keeps every character.
    start = pick ? at + 1 : at;
  }
  return slicePieces(pieces, breaks);
}

/** The pieces cut into lines at character offsets; a break that is a space drops it. */
function slicePieces<P extends Piece>(pieces: readonly P[], breaks: readonly number[]): P[][] {
  const lines: P[][] = [[]];
  let offset = 0;
  let next = 0;
  for (const piece of pieces) {
    let text = "";
    for (const ch of piece.text) {
      if (next < breaks.length && offset === breaks[next]) {
        if (text) lines[lines.length - 1]!.push({ ...piece, text });
        text = "";
        lines.push([]);
        next++;
        offset++;
        if (ch === " ") continue;
        text = ch;
        continue;
      }
      text += ch;
      offset++;
    }
    if (text) lines[lines.length - 1]!.push({ ...piece, text });
  }
  return lines;
}

/**
 * A line of code as rows of at most `width` columns: broken after the last comma or space that
 * fits (at any column when none does), never inside a word; each row after the first starts with
 * `indent` spaces, and the spaces at a break are dropped, so the rows read as the line did.
 */
export function wrapCode(line: string, width: number, indent = 2): string[] {
  const rows: string[] = [];
  let rest = line;
  let room = Math.max(1, Math.floor(width));
  while (textWidth(rest) > room) {
    const chars = [...rest];
    let fit = 0;
    for (let w = 0; fit < chars.length && w + textWidth(chars[fit]!) <= room; fit++) w += textWidth(chars[fit]!);
    let cut = fit;
    for (let i = fit; i > 0; i--) {
      if (chars[i] === " " || chars[i - 1] === ",") {
        cut = i;
        break;
      }
    }
    if (cut === 0) cut = Math.max(1, fit);
    rows.push(chars.slice(0, cut).join("").trimEnd());
    rest = chars.slice(cut).join("").trimStart();
    room = Math.max(1, Math.floor(width) - indent);
  }
  rows.push(rest);
  return rows.map((r, i) => (i > 0 ? " ".repeat(indent) + r : r));
}
