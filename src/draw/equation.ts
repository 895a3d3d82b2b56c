// A written-out equation as text: its label, then its tokens as they are (tokens carry their
// own spacing: "0", "×", "0", " + " …), wrapped at operators (draw/wrap.ts wrapFormula).
import type { Equation, Token } from "../../lessons/frame.ts";
import { wrapFormula, wrapText } from "./wrap.ts";
import { textWidth } from "./text.ts";

export type EquationPiece = { text: string; role: Token["role"] | "label" };

/** The equation as pieces: the label with `colon` (role "label"), then the tokens. */
export function equationPieces(eq: Equation, colon = ": "): EquationPiece[] {
  const tokens = eq.tokens.map((t) => ({ text: t.text, role: t.role }));
  return eq.label ? [{ text: `${eq.label}${colon}`, role: "label" }, ...tokens] : tokens;
}

/** The equation on one line. */
export const equationText = (eq: Equation, colon = ": "): string => equationPieces(eq, colon).map((p) => p.text).join("");

/** The equation as lines of pieces no wider than `width` (a stretch with no operator is cut by columns). */
export function equationRows(eq: Equation, width: number, colon = ": "): EquationPiece[][] {
  return wrapFormula(equationPieces(eq, colon), width).flatMap((row) => {
    const text = row.map((p) => p.text).join("");
    if (textWidth(text) <= width) return [row];
    // no operator to break at: plain text wrap, keeping the first piece's role for the rest
    return wrapText(text, width).map((line) => [{ text: line, role: row[0]?.role }]);
  });
}

/** The equation as plain lines no wider than `width`. */
export const equationLines = (eq: Equation, width: number, colon = ": "): string[] =>
  equationRows(eq, width, colon).map((row) => row.map((p) => p.text).join(""));
