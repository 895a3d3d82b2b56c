// A verdict in words: the one-line headline (✓ / ✗ and why) and the detail under it — the
// first failing case as small matrices (inputs, expected, got), or the learner's line with a
// caret. `convlab practice check` prints these lines; the watch screen shows the same ones.
import { relative } from "node:path";
import type { Lang } from "../i18n.ts";
import { formatNumber } from "../../lessons/format.ts";
import { renderMatrix } from "../cli/render-text.ts";
import { renderBlocks } from "../draw/text.ts";
import { wrapText as wrap } from "../draw/wrap.ts";
import { exerciseName, type PracticeExercise } from "./exercises.ts";
import { practiceText, WORDS } from "./text.ts";
import type { Shown, ShownValue, SourceLine, Verdict } from "./verdict.ts";

/** Shown in place of matrices larger than this (a case stays small by design; a wrong shape may not). */
const MAX_CELLS = 64;

/** A path as the learner can type or click it: relative to where they started convlab, when inside it. */
export function shownPath(file: string): string {
  const rel = relative(process.cwd(), file);
  return rel.startsWith("..") || rel === "" ? file : rel;
}

/** Why it is not solved, in a few words (or how many cases it passed). */
export function verdictWords(verdict: Verdict, lang: Lang): string {
  const t = WORDS[lang];
  switch (verdict.kind) {
    case "pass": return t.pass(verdict.cases);
    case "not-done": return t.notDone;
    case "missing-file": return t.missingFile(verdict.file);
    case "no-export": return t.noExport(verdict.name);
    case "wrong": return `${t.wrong(verdict.failed.label[lang])} (${verdict.caseNumber}/${verdict.cases})`;
    case "threw": return verdict.label ? `${t.threw} (${verdict.label[lang]})` : t.threw;
    case "syntax": return t.syntax;
    case "timeout": return t.timedOut(verdict.seconds);
    case "memory": return t.outOfMemory(verdict.mb);
    case "exited": return t.exited(verdict.code);
    case "crashed": return t.crashed(verdict.message);
  }
}

/** "✓ 01-corr2d  2-D cross-correlation, with loops: passes all 13 cases". */
export function headline(exercise: PracticeExercise, verdict: Verdict, lang: Lang): string {
  const sep = lang === "zh" ? "：" : ": ";
  return `${verdict.kind === "pass" ? "✓" : "✗"} ${exerciseName(exercise)}  ${practiceText(exercise, lang).title}${sep}${verdictWords(verdict, lang)}`;
}

/** A shown value as lines: a matrix per 2-D plane, a list on one line, a number or a word. */
function valueBlocks(s: Shown): string[][] {
  const v = s.value;
  if (typeof v === "string") return [[`${s.name} = ${v}`]];
  if (typeof v === "number") return [[`${s.name} = ${formatNumber(v)}`]];
  const depth = (x: ShownValue): number => (Array.isArray(x) ? 1 + depth(x[0] ?? 0) : 0);
  const d = depth(v);
  if (d === 1) return [[`${s.name} = [${(v as number[]).map((n) => formatNumber(n)).join(", ")}]`]];
  const cells = JSON.stringify(v).split(",").length;
  if (cells > MAX_CELLS) return [[`${s.name}: ${cells} numbers`]];
  // planes of a 3-D or 4-D value, titled by their leading indices: K[1, 0]
  const planes: { title: string; values: number[][] }[] = [];
  const walk = (x: ShownValue, index: number[]) => {
    if (depth(x) === 2) planes.push({ title: index.length ? `${s.name}[${index.join(", ")}]` : s.name, values: x as number[][] });
    else (x as ShownValue[]).forEach((y, i) => walk(y, [...index, i]));
  };
  walk(v, []);
  return planes.map((p) => renderMatrix(p));
}

function section(heading: string, shown: readonly Shown[], width: number): string[] {
  if (shown.length === 0) return [];
  return [`${heading}:`, ...renderBlocks(shown.flatMap(valueBlocks), width - 2).map((l) => `  ${l}`)];
}

/** The learner's line and a caret under the column: "  8 |   throw new Error(…)". */
function caret(source: SourceLine, shownPath: string): string[] {
  const number = String(source.line);
  const pad = " ".repeat(number.length);
  return [`${shownPath}:${source.line}:${source.column + 1}`, `  ${number} | ${source.text}`, `  ${pad} | ${" ".repeat(source.column)}^`];
}

/**
 * The lines under the headline. `pathOf` turns the learner's absolute path into what to print
 * (by default relative to where they stand).
 */
export function verdictDetail(verdict: Verdict, lang: Lang, width: number, pathOf: (file: string) => string = shownPath): string[] {
  const t = WORDS[lang];
  switch (verdict.kind) {
    case "wrong": {
      const f = verdict.failed;
      return [
        ...wrap(f.note[lang], width),
        ...section(t.inputs, f.inputs, width),
        ...section(t.expected, f.expected, width),
        ...section(t.got, f.got, width),
      ];
    }
    case "threw":
      return [
        ...wrap(verdict.message, width),
        ...(verdict.source ? caret(verdict.source, pathOf(verdict.source.file)) : []),
        ...section(t.inputs, verdict.inputs ?? [], width),
      ];
    case "syntax":
      return [...wrap(verdict.message, width), ...(verdict.source ? caret(verdict.source, pathOf(verdict.source.file)) : [])];
    default:
      return [];
  }
}

/** The learner's console output, as a block to show after the verdict (cut to `maxLines`). */
export function outputLines(output: string, maxLines = 12): string[] {
  const lines = output.replace(/\s+$/, "").split("\n");
  if (output.trim() === "") return [];
  return lines.length > maxLines ? [...lines.slice(0, maxLines), "…"] : lines;
}
