// The practice checker from sources (the worker runs under tsx): the reference solutions pass,
// a wrong one fails with a readable first case, and a learner's crash, endless loop, syntax
// error or process.exit comes back as a verdict that names their own line.
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { checkFile, LIMITS } from "../../src/practice/checker.ts";
import { fileName, findPractice, practiceExercises, type PracticeExercise } from "../../src/practice/exercises.ts";
import { headline, verdictDetail } from "../../src/practice/report.ts";
import { initWorkspace } from "../../src/practice/workspace.ts";

const SOLUTIONS = fileURLToPath(new URL("./solutions/", import.meta.url));
const exercise = (name: string): PracticeExercise => findPractice(name)!;

/** A workspace holding `code` as the exercise's file. */
function learnerFile(name: string, code: string): string {
  const dir = mkdtempSync(join(tmpdir(), "convlab-practice-test-"));
  const file = join(dir, fileName(exercise(name)));
  writeFileSync(file, code);
  return file;
}

const reference = (name: string) => readFileSync(join(SOLUTIONS, fileName(exercise(name))), "utf8");
const report = (name: string, verdict: Parameters<typeof verdictDetail>[0]) =>
  [headline(exercise(name), verdict, "en"), ...verdictDetail(verdict, "en", 100)].join("\n");

describe.concurrent("reference solutions", () => {
  it.each(practiceExercises.map((e) => [fileName(e), e] as const))("%s passes every case", async (_name, e) => {
    const dir = mkdtempSync(join(tmpdir(), "convlab-practice-ref-"));
    copyFileSync(join(SOLUTIONS, fileName(e)), join(dir, fileName(e)));
    const { verdict } = await checkFile(join(dir, fileName(e)), e);
    expect(verdict).toMatchObject({ kind: "pass" });
  });
});

describe.concurrent("the learner's mistakes, as verdicts", () => {
  it("a stub from practice init is not done yet", async () => {
    const dir = initWorkspace(mkdtempSync(join(tmpdir(), "convlab-practice-stub-")), "zh").dir;
    const { verdict } = await checkFile(join(dir, "03-train.ts"), exercise("train"));
    expect(verdict).toEqual({ kind: "not-done" });
  });

  it("a wrong corr2d fails on the notebook's own case first, shown small: inputs, expected, got", async () => {
    const wrong = reference("corr2d").replace(".mul(K).sum()", ".mul(K).sum().add(1)");
    const { verdict } = await checkFile(learnerFile("corr2d", wrong), exercise("corr2d"));
    expect(verdict).toMatchObject({ kind: "wrong", caseNumber: 1 });
    const text = report("corr2d", verdict);
    expect(text).toContain("✗ 01-corr2d  2-D cross-correlation, with loops: wrong on the notebook's X and K (1/13)");
    expect(text).toContain("Y[0, 0]: 19 expected, got 20");
    expect(text).toMatch(/inputs:\n  X 3×3 +K 2×2\n +0 +1 +2 +0 +1\n/);
    expect(text).toMatch(/expected:\n  Y 2×2\n +19 +25\n +37 +43\ngot:\n  Y 2×2\n +20 +26/);
  });

  it("a wrong shape says so before any value", async () => {
    const wrong = reference("padding-stride").replace("(H + 2 * ph - h + sh) / sh", "(H + 2 * ph - h) / sh");
    const { verdict } = await checkFile(learnerFile("padding-stride", wrong), exercise("padding-stride"));
    expect(report("padding-stride", verdict)).toContain("Y: shape 4×4 expected, got 3×4");
  });

  it("the training loop is held to the notebook's printed table", async () => {
    // one step too few: the table's second loss is where it shows
    const wrong = reference("train").replace("s < steps", "s < steps - 1");
    const { verdict } = await checkFile(learnerFile("train", wrong), exercise("train"));
    expect(verdict).toMatchObject({ kind: "wrong", caseNumber: 1 });
    expect(report("train", verdict)).toContain("losses: 10 numbers expected, got 9");
  });

  it("a thrown error points at the learner's own line, with a caret", async () => {
    const code = reference("pool2d").replace("const [p, q] = poolSize;", 'const [p, q] = poolSize;\n  if (mode === "avg") throw new RangeError("no avg yet");');
    const file = learnerFile("pool2d", code);
    const { verdict } = await checkFile(file, exercise("pool2d"));
    expect(verdict).toMatchObject({ kind: "threw", message: "RangeError: no avg yet", source: { file, line: 6, text: '  if (mode === "avg") throw new RangeError("no avg yet");' } });
    const text = report("pool2d", verdict);
    expect(text).toContain("threw an error (the book's X, 2×2 avg)");
    expect(text).toContain(`${file}:6:29`); // the column of \`new\`
    expect(text).toMatch(/ {2}6 \| {3}if \(mode === "avg"\) throw new RangeError\("no avg yet"\);\n {4}\| {29}\^/);
    expect(text).not.toMatch(/worker|judges|node:internal/);
  });

  it("a syntax error shows the line and a caret under the column", async () => {
    const file = learnerFile("corr2d", reference("corr2d").replace("const Y = nd.zeros", "const Y = = nd.zeros"));
    const { verdict } = await checkFile(file, exercise("corr2d"));
    expect(verdict).toMatchObject({ kind: "syntax", source: { line: 6, column: 12 } });
    expect(report("corr2d", verdict)).toMatch(/ {2}6 \| {3}const Y = = nd\.zeros.*\n {4}\| {13}\^/);
  });

  it("an endless loop times out, and the checker goes on", async () => {
    const file = learnerFile("corr2d", reference("corr2d").replace("return Y;", "for (;;) {}"));
    const { verdict } = await checkFile(file, exercise("corr2d"), { ...LIMITS, timeoutMs: 1500 });
    expect(verdict).toEqual({ kind: "timeout", seconds: 1.5 });
    expect(report("corr2d", verdict)).toContain("timed out after 1.5 s");
  });

  it("process.exit in the learner's code ends only the check; what it printed is kept apart", async () => {
    const file = learnerFile("corr2d", reference("corr2d").replace("return Y;", 'console.log("bye"); process.exit(3);'));
    const result = await checkFile(file, exercise("corr2d"));
    expect(result.verdict).toEqual({ kind: "exited", code: 3 });
    expect(result.output).toBe("bye\n");
  });

  it("running out of memory is a verdict, not a crash", async () => {
    const file = learnerFile("corr2d", reference("corr2d").replace("return Y;", "const all: number[][] = []; for (;;) all.push(new Array(1e5).fill(1));"));
    const { verdict } = await checkFile(file, exercise("corr2d"), { timeoutMs: 20_000, memoryMb: 64 });
    expect(verdict).toEqual({ kind: "memory", mb: 64 });
  });

  it("a missing export is named", async () => {
    const file = learnerFile("channels", reference("channels").replace("export function corr2dMultiInOut", "function corr2dMultiInOut"));
    const { verdict } = await checkFile(file, exercise("channels"));
    expect(verdict).toEqual({ kind: "no-export", name: "corr2dMultiInOut" });
  });
});
