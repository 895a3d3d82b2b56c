// One line of text cut to a width in terminal columns (CJK characters take two), for every renderer.
import stringWidth from "string-width";

/** The text cut to `width` columns, with "…" when something was left off. */
export function cut(text: string, width: number): string {
  if (stringWidth(text) <= width) return text;
  let out = "";
  for (const ch of text) {
    if (stringWidth(out + ch) > width - 1) break;
    out += ch;
  }
  return out + "…";
}
