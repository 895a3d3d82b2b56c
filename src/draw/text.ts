// Measuring and fitting text in terminal columns: a Chinese character takes two, a colour
// escape none (string-width). Plain ASCII, by far the most common case, is measured by its
// length: string-width's Unicode regexes cost ~1 µs a call, and a long run calls it per word.
import stringWidth from "string-width";

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;
const OTHER_RUNS = /[^\x20-\x7e]+/g;
/** Widths of the non-ASCII runs seen (the same symbols and words come back every frame). */
const seen = new Map<string, number>();
const SEEN_MAX = 4096;

function runWidth(run: string): number {
  let width = seen.get(run);
  if (width === undefined) {
    width = stringWidth(run);
    if (seen.size >= SEEN_MAX) seen.clear();
    seen.set(run, width);
  }
  return width;
}

/** Columns `text` takes on a terminal: ASCII by its length, every other run by string-width. */
export function textWidth(text: string): number {
  if (PRINTABLE_ASCII.test(text)) return text.length;
  // colour escapes span ASCII characters: string-width strips them whole
  if (text.includes("\u001b")) return stringWidth(text);
  let width = text.length;
  for (const [run] of text.matchAll(OTHER_RUNS)) width += runWidth(run) - run.length;
  return width;
}

/**
 * Call before the first frame measures any text. string-width's Unicode-property regexes are
 * huge, and V8 compiles a regex for the subject's encoding on first use: led by a two-byte
 * string ("↑", "中") that costs ~20 ms; after a one-byte (Latin-1) one the two-byte case
 * follows in ~5 ms.
 */
export function warmUpStringWidth(): void {
  stringWidth("·");
}

export function padStart(text: string, width: number): string {
  return " ".repeat(Math.max(0, width - textWidth(text))) + text;
}

export function padEnd(text: string, width: number): string {
  return text + " ".repeat(Math.max(0, width - textWidth(text)));
}

/** The text cut to `width` columns, with "…" when something was left off. */
export function cut(text: string, width: number): string {
  if (textWidth(text) <= width) return text;
  let out = "";
  let used = 0;
  for (const ch of text) {
    const w = textWidth(ch);
    if (used + w > width - 1) break;
    out += ch;
    used += w;
  }
  return out + "…";
}

/** The widest line of a block. */
export function blockWidth(block: readonly string[]): number {
  let widest = 0;
  for (const line of block) widest = Math.max(widest, textWidth(line));
  return widest;
}

/** Blocks of lines on one band, each padded to its own width, `gap` apart. */
export function sideBySide(blocks: readonly (readonly string[])[], gap = "    "): string[] {
  const height = Math.max(0, ...blocks.map((b) => b.length));
  const widths = blocks.map(blockWidth);
  return Array.from({ length: height }, (_, i) =>
    blocks
      .map((b, k) => (k === blocks.length - 1 ? (b[i] ?? "") : padEnd(b[i] ?? "", widths[k]!)))
      .join(gap)
      .trimEnd(),
  );
}

/** Which blocks share a band: side by side while they fit in `width`, then the next band. */
export function bands<T>(items: readonly T[], widthOf: (item: T) => number, width: number, gap: number): T[][] {
  const out: T[][] = [];
  let band: T[] = [];
  let used = 0;
  for (const item of items) {
    const w = widthOf(item);
    if (band.length > 0 && used + gap + w > width) {
      out.push(band);
      band = [];
      used = 0;
    }
    used += (band.length > 0 ? gap : 0) + w;
    band.push(item);
  }
  if (band.length > 0) out.push(band);
  return out;
}

/** Blocks of lines side by side while they fit in `width`, then on the next band after a blank line. */
export function renderBlocks(blocks: readonly (readonly string[])[], width: number, gap = "    "): string[] {
  return bands(blocks, blockWidth, width, gap.length).flatMap((band, i) => [...(i > 0 ? [""] : []), ...sideBySide(band, gap)]);
}

/** Rows as columns, two spaces apart: every column but the last padded to its widest cell. */
export function table(rows: readonly (readonly string[])[]): string[] {
  const columns = Math.max(0, ...rows.map((r) => r.length));
  const widths = Array.from({ length: columns - 1 }, (_, j) => Math.max(...rows.map((r) => textWidth(r[j] ?? ""))));
  return rows.map((row) => row.map((cell, j) => (j < columns - 1 ? padEnd(cell, widths[j]!) : cell)).join("  ").trimEnd());
}

/** Items kept whole, `sep` apart, as many per line as fit. */
export function pack(items: readonly string[], width: number, sep = "   "): string[] {
  const lines: string[] = [];
  let used = 0;
  for (const item of items) {
    const w = textWidth(item);
    if (lines.length > 0 && used + sep.length + w <= width) {
      lines[lines.length - 1] += sep + item;
      used += sep.length + w;
    } else {
      lines.push(item);
      used = w;
    }
  }
  return lines;
}
