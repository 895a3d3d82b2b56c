// The hand-over from the menu painted before Ink loads (first-paint.ts) to Ink: what was
// painted, and the escape sequences that return to it. start-lab.tsx draws Ink's first frame
// over it; run-lab.tsx erases it if the lab cannot load. No imports: both the CLI's bundle and
// the lab's carry this file.

/** What was painted: `lines` lines, each ended by a newline, on a terminal of this size. */
export interface Painted {
  lines: number;
  columns: number;
  rows: number;
}

/** Control Sequence Introducer: ESC [ (cursor up: CSI n A; erase: CSI K line, CSI J below, CSI 2 J screen; home: CSI H). */
const CSI = "\u001b[";

/**
 * Written before painting: back to the start of the line, erased. A key typed before the
 * terminal was in raw mode was echoed there and would push the first line one column right.
 */
export const FRESH_LINE = `\r${CSI}K`;

/**
 * Puts the cursor back at the top of the painted menu, so Ink's first frame (the same menu)
 * overwrites it line for line. If the terminal was resized meanwhile, the painted lines may have
 * been rewrapped: then the screen is cleared and Ink draws from its top.
 */
export function returnToPainted({ lines, columns, rows }: Painted, now: { columns: number; rows: number }): string {
  return now.columns === columns && now.rows === rows ? `${CSI}${lines}A\r` : `${CSI}2J${CSI}H`;
}

/** Erases the painted menu (the lab could not load: its error goes there instead). */
export function erasePainted({ lines }: Painted): string {
  return `${CSI}${lines}A\r${CSI}J`;
}
