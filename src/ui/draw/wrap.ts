// Word wrap measured in terminal columns (string-width: a Chinese character is 2), breaking
// between words, or between any two CJK characters. Used to draw the narrative with an
// exact line count, so the layout knows its height before Ink draws it.
import stringWidth from "string-width";

const CJK = "\\u2E80-\\u9FFF\\uF900-\\uFAFF\\uFF00-\\uFFEF\\u3000-\\u303F";
/** Closing punctuation never starts a line: it sticks to what comes before it. */
const CLOSING = "，。；：、！？）」』】》”’";
const TOKENS = new RegExp(`[${CJK}][${CLOSING}]*|[^\\s${CJK}]+[${CLOSING}]*|\\s+`, "gu");

/**
 * Call before the first frame measures any text. string-width's Unicode-property regexes are
 * huge, and V8 compiles a regex for the subject's encoding on first use: led by a two-byte
 * string ("↑", "中") that costs ~20 ms; after a one-byte (Latin-1) one the two-byte case
 * follows in ~5 ms.
 */
export function warmUpStringWidth(): void {
  stringWidth("·");
}

export function wrapText(text: string, width: number): string[] {
  const w = Math.max(1, Math.floor(width));
  const lines: string[] = [];
  let line = "";
  let used = 0;
  let space = false;
  const push = (): void => {
    lines.push(line);
    line = "";
    used = 0;
    space = false;
  };
  for (const token of text.match(TOKENS) ?? []) {
    if (/^\s+$/u.test(token)) {
      space = used > 0;
      continue;
    }
    const tw = stringWidth(token);
    const gap = space ? 1 : 0;
    if (used > 0 && used + gap + tw > w) push();
    else if (gap) {
      line += " ";
      used += 1;
    }
    space = false;
    if (tw <= w) {
      line += token;
      used += tw;
      continue;
    }
    // A word longer than the line: break it by characters.
    for (const ch of token) {
      const cw = stringWidth(ch);
      if (used + cw > w) push();
      line += ch;
      used += cw;
    }
  }
  if (used > 0 || lines.length === 0) lines.push(line);
  return lines;
}
