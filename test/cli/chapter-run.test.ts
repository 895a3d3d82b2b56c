// The chapter's lessons headless, in-process with the real lessons (the binary's environment, no spawn): `convlab list` names them, and
// `convlab run <id|number> [--json]` runs each to its end (JSON Lines, then one summary), or
// refuses a bad option with one line naming it.
import { describe, expect, it } from "vitest";
import { convlabIn as convlab } from "./fixtures/in-process.ts";
import { refusalLines } from "./fixtures/spawn.ts";

const jsonLines = (stdout: string) => stdout.trimEnd().split("\n").map((line) => JSON.parse(line) as Record<string, unknown>);

const CHAPTER = [
  [4, "convolution-vs-correlation", 9],
  [5, "padding-stride", 11],
  [6, "channels", 10],
  [7, "pooling", 11],
  [8, "lr-stability", 42],
  [9, "your-picture", 4],
] as const;

describe.concurrent("the chapter's lessons (in-process, the binary's environment)", () => {
  it("convlab list names lessons 4–9", async () => {
    const r = await convlab(["list", "--json"]);
    expect(r.code).toBe(0);
    const list = JSON.parse(r.stdout) as { number: number; id: string }[];
    expect(list.filter((l) => l.number >= 4).map((l) => [l.number, l.id])).toEqual(CHAPTER.map(([n, id]) => [n, id]));
  });

  it.each(CHAPTER)("run %i (%s) --json: one object per step, then the summary", async (n, id, steps) => {
    const r = await convlab(["run", String(n), "--json"]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    const lines = jsonLines(r.stdout);
    expect(lines).toHaveLength(steps + 1);
    expect(lines.slice(0, -1).map((l) => [l.lesson, l.step])).toEqual(Array.from({ length: steps }, (_, i) => [id, i]));
    expect(lines.at(-1)).toMatchObject({ summary: true });
  });

  it("run padding-stride as text, the book's stride-2 example: 16 windows and a 4×4 output", async () => {
    const r = await convlab(["run", "padding-stride", "-n", "8", "-k", "3", "-p", "1", "-s", "2"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("(step 18/18)");
    expect(r.stdout).toContain("⌊(8 − 3 + 2×1 + 2) / 2⌋ = ⌊9 / 2⌋ = 4");
    expect(r.stdout).not.toMatch(/\u001b\[/);
  });

  it("run lr-stability --preset seed --json: 0.016 diverges, late, and 0.015 does not", async () => {
    const r = await convlab(["run", "lr-stability", "--preset", "seed", "--json"]);
    const summary = jsonLines(r.stdout).at(-1) as { runs: { lr: number; diverged: boolean; at: number | null }[] };
    expect(summary.runs.map((x) => [x.lr, x.diverged])).toEqual([[0.01, false], [0.015, false], [0.016, true], [0.02, true]]);
    expect(summary.runs[2]!.at).toBeGreaterThan(10);
  });

  it.each([
    [["run", "padding-stride", "--n", "2", "--k", "7"], "--k", "kernel 7×7 does not fit in the padded input 4×4"],
    [["run", "convolution-vs-correlation", "--lr", "0"], "--lr", "lr must be greater than 0"],
    [["run", "channels", "--seed", "1.5"], "--seed", "seed must be a whole number"],
    [["run", "pooling", "--x", "[[1,2,3]]"], "--x", "2×2 window does not fit"],
    [["run", "lr-stability", "--lrs", "0.01,abc"], "--lrs", "0.01,abc"],
    [["run", "your-picture", "--kernel", "wobble"], "--kernel", "sobel-x"],
  ])("refuses %j with one line naming %s", async (args, option, reason) => {
    const r = await convlab([...args]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    const lines = refusalLines(r.stderr);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^convlab: /);
    expect(lines[0]).toContain(option);
    expect(lines[0]).toContain(reason);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});
