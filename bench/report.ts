// Tables for the terminal and for markdown notes, from the same cells.
import stringWidth from "string-width";
import type { RowResult } from "./engine-bench.ts";

/** 3.2 µs, 0.452 ms, 61.3 ms, 1.24 s */
export function formatMs(ms: number | undefined): string {
  if (ms === undefined || !Number.isFinite(ms)) return "—";
  if (ms < 0.01) return `${(ms * 1000).toFixed(2)} µs`;
  if (ms < 1) return `${(ms * 1000).toFixed(0)} µs`;
  if (ms < 1000) return `${ms.toPrecision(3)} ms`;
  return `${(ms / 1000).toFixed(2)} s`;
}

const fmtRatio = (r: number) => (r >= 100 ? r.toFixed(0) : r >= 10 ? r.toFixed(1) : r >= 1 ? r.toFixed(2) : r.toFixed(3));

export function met(ratio: number | undefined, target: number | undefined): boolean | undefined {
  if (target === undefined || ratio === undefined) return undefined;
  return ratio <= target;
}

/** Header plus one row of cells per result; peers become column groups. */
export function engineCells(results: readonly RowResult[]): string[][] {
  const peers = [...new Set(results.flatMap((r) => r.peers.map((p) => p.name)))];
  const header = ["task", "case", "engine"];
  for (const p of peers) header.push(p, `engine ÷ ${p} (range)`, "target");
  const rows = results.map((r) => {
    const engineCell = r.engine.verdict.ok
      ? formatMs(r.engine.ms)
      : `WRONG (${r.engine.verdict.what}, err ${r.engine.verdict.error.toExponential(1)}): not timed`;
    const cells = [r.task, r.caseName, engineCell];
    for (const name of peers) {
      const p = r.peers.find((q) => q.name === name);
      if (!p) {
        cells.push("n/a", "", "");
        continue;
      }
      if (!p.verdict.ok) {
        cells.push(`WRONG (${p.verdict.what})`, "", "");
        continue;
      }
      cells.push(formatMs(p.ms));
      cells.push(p.ratio ? `${fmtRatio(p.ratio.median)} (${fmtRatio(p.ratio.min)}–${fmtRatio(p.ratio.max)})` : "—");
      const ok = met(p.ratio?.median, p.target);
      cells.push(p.target === undefined ? "" : `≤ ${p.target} ${ok === undefined ? "" : ok ? "✓" : "✗"}`.trim());
    }
    return cells;
  });
  return [header, ...rows];
}

export function summary(results: readonly RowResult[]): string {
  const checks = results.flatMap((r) => r.peers.map((p) => met(p.ratio?.median, p.target)).filter((m) => m !== undefined));
  const wrong = results.filter((r) => !r.engine.verdict.ok).length;
  const worst = Math.max(0, ...results.map((r) => r.engine.verdict.error).filter(Number.isFinite));
  return (
    `targets met: ${checks.filter(Boolean).length} of ${checks.length}` +
    (wrong ? ` — engine WRONG on ${wrong} row(s), not timed` : ` — engine agrees with the Float64 reference (worst relative error ${worst.toExponential(1)})`)
  );
}

const pad = (s: string, w: number, right: boolean) => {
  const fill = " ".repeat(Math.max(0, w - stringWidth(s)));
  return right ? fill + s : s + fill;
};

/** Aligned columns; those from `firstNumeric` on are right-aligned. */
export function toText(cells: readonly string[][], firstNumeric = 2): string {
  const widths = cells[0]!.map((_, j) => Math.max(...cells.map((r) => stringWidth(r[j] ?? ""))));
  const right = (j: number) => j >= firstNumeric;
  const lines = cells.map((r) => r.map((c, j) => pad(c, widths[j]!, right(j))).join("  ").trimEnd());
  lines.splice(1, 0, widths.map((w) => "─".repeat(w)).join("  "));
  return lines.join("\n");
}

export function toMarkdown(cells: readonly string[][], firstNumeric = 2): string {
  const line = (r: readonly string[]) => `| ${r.join(" | ")} |`;
  const sep = cells[0]!.map((_, j) => (j >= firstNumeric ? "---:" : "---"));
  return [line(cells[0]!), line(sep), ...cells.slice(1).map(line)].join("\n");
}
