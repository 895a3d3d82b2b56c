// `convlab check` in-process with the real lessons (one spawn for exit codes 0 and 1), with progress kept in a temp CONVLAB_HOME:
// exit 0 right, 1 not yet, 2 bad usage; attempts saved; warnings about the store on stderr.
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { exercises } from "../../lessons/exercises.ts";
import { lessons } from "../../lessons/index.ts";
import { expectRefusal as expectAnyRefusal } from "./fixtures/expect-refusal.ts";
import { cli, convlabIn as convlab } from "./fixtures/in-process.ts";
import { convlab as spawn, refusalLines, type RunResult } from "./fixtures/spawn.ts";

const home = () => mkdtempSync(join(tmpdir(), "convlab-check-"));
const at = (dir: string) => ({ env: { CONVLAB_HOME: dir } });

/** A refusal (fixtures/expect-refusal.ts) whose usage hint points at `convlab check --help`. */
function expectRefusal(r: RunResult, ...parts: (string | RegExp)[]) {
  expectAnyRefusal(r, ...parts);
  expect(refusalLines(r.stderr)[1]).toMatch(/^(Usage: |用法：)convlab check --help$/);
}

describe.concurrent("convlab check (in-process with the real lessons; one spawn for the exit codes)", () => {
  it("a right answer: exit 0, ✓ and the reason; a wrong one: exit 1, ✗; both saved as attempts", async () => {
    const dir = home();
    const ok = await spawn(["check", "horizontal-edge", "--answer", "[[1],[-1]]"], at(dir));
    expect(ok.code).toBe(0);
    expect(ok.stderr).toBe("");
    const lines = ok.stdout.split("\n");
    expect(lines[0]).toBe("✓ horizontal-edge: right (A kernel for horizontal edges; 1 attempt)");
    expect(lines[1]).toMatch(/^Right: on Xᵀ your kernel responds only at the edges/);
    expect(ok.stdout).toMatch(/corr2d\(Xᵀ, K\) 7×6/); // what the engine computed, drawn

    const bad = await spawn(["check", "horizontal-edge", "--answer", "[[1,-1]]"], at(dir));
    expect(bad.code).toBe(1);
    expect(bad.stderr).toBe("");
    expect(bad.stdout.split("\n")[0]).toBe("✗ horizontal-edge: not yet (A kernel for horizontal edges; 2 attempts)");
    expect(bad.stdout).toContain("finds nothing on the horizontal edges of Xᵀ");

    const saved = JSON.parse(readFileSync(join(dir, "progress.json"), "utf8"));
    expect(saved).toEqual({
      version: 1,
      generation: 0,
      lessons: {},
      exercises: { "horizontal-edge": { seen: true, done: true, attempts: 2 } },
      settings: {},
    });
  });

  it("--json: the verdict, the reason, what the engine computed, the attempt count", async () => {
    const r = await convlab(["check", "corr2d-target", "--json", "--answer", '{"X":[[1,2,0],[3,4,0],[0,0,0]],"K":[[1,0],[0,0]]}'], at(home()));
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out).toMatchObject({ exercise: "corr2d-target", lesson: "cross-correlation", pass: true, attempts: 1 });
    expect(out.reason).toMatch(/^Right: corr2d\(X, K\) = \[\[1, 2\], \[3, 4\]\]/);
    expect(out.shown).toEqual([
      { id: "Y", title: "Y (target)", values: [[1, 2], [3, 4]] },
      { id: "corr2d", title: "corr2d(X, K)", values: [[1, 2], [3, 4]] },
    ]);
  });

  it("learning-rate answers train with the engine; the reason gives 2/λ_max and a loss sparkline", async () => {
    const [diverge, converge] = await Promise.all([
      convlab(["check", "lr-diverge", "--answer", "0.02"], at(home())),
      convlab(["check", "lr-converge", "--answer", "0.01"], at(home())),
    ]);
    expect(diverge.code).toBe(0);
    expect(diverge.stdout).toMatch(/2\/132 ≈ 0\.01515/);
    expect(diverge.stdout).toMatch(/^loss per iteration +[▁▂▃▄▅▆▇█×]+ +first/m);
    expect(converge.code).toBe(1);
    expect(converge.stdout).toMatch(/Too slow: after 10 iterations the loss is/);
  });

  it("lr-oscillate's error is drawn signed: its zigzag about zero stays a zigzag, in text and JSON", async () => {
    const [text, json] = await Promise.all([
      convlab(["check", "lr-oscillate", "--answer", "0.015"], at(home())),
      convlab(["check", "lr-oscillate", "--json", "--answer", "0.015"], at(home())),
    ]);
    expect(text.code).toBe(0);
    const bars = text.stdout.match(/^.*W₀ \+ W₁.*?([▁▂▃▄▅▆▇█]{8,})/m)?.[1] ?? "";
    // one column per iteration, above and below the zero line in turn (▅▆▇█ above, ▁▂▃▄ below)
    const above = [...bars.slice(0, 8)].map((c) => "▅▆▇█".includes(c));
    for (let i = 1; i < above.length; i++) expect(above[i]).toBe(!above[i - 1]);
    expect(JSON.parse(json.stdout).series[0]).toMatchObject({ id: "steep", signed: true });
  });

  it("without --answer: the exercise, the form of its answer, a command to start from; --hint N adds hints", async () => {
    const dir = home();
    const [show, hints] = await Promise.all([
      convlab(["check", "handwritten-conv2d"], at(dir)),
      convlab(["check", "output-shape", "--hint", "2"], at(home())),
    ]);
    expect(show.code).toBe(0);
    expect(show.stderr).toBe("");
    expect(show.stdout).toMatch(/^handwritten-conv2d: Make the notebook's hand-written Conv2d learn$/m);
    expect(show.stdout).toContain("lr: learning rate — a number");
    expect(show.stdout).toContain("epochs: iterations — a whole number");
    expect(show.stdout).toContain(`convlab check handwritten-conv2d --answer '{"lr":0.016,"epochs":10}'`);
    expect(show.stdout).toContain("3 hints: convlab check handwritten-conv2d --hint 3");
    // showing an exercise marks it seen, not attempted
    expect(JSON.parse(readFileSync(join(dir, "progress.json"), "utf8")).exercises).toEqual({
      "handwritten-conv2d": { seen: true, done: false, attempts: 0 },
    });
    expect(hints.code).toBe(0);
    expect(hints.stdout).toMatch(/^Hints:\n1\. Padding adds rows[^]*\n2\. Without a stride/m);
    expect(hints.stdout).not.toMatch(/^3\. /m);
  });

  it("--list: every exercise with its lesson, a ✓ for the solved ones; --json too", async () => {
    const dir = home();
    await convlab(["check", "diagonal-edge", "--answer", "[[0,1],[-1,0]]"], at(dir));
    const [text, json] = await Promise.all([convlab(["check", "--list"], at(dir)), convlab(["check", "--list", "--json"], at(dir))]);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/^✓ +diagonal-edge +conv2d-layer +A kernel for diagonal edges$/m);
    expect(text.stdout).toMatch(/^ +horizontal-edge +conv2d-layer +A kernel for horizontal edges$/m);
    const rows = JSON.parse(json.stdout) as { id: string; lesson: string; done: boolean; attempts: number }[];
    expect(rows.map((r) => r.id)).toEqual(exercises.map((e) => e.id));
    expect(rows.slice(0, 7).map((r) => r.id)).toEqual([
      "corr2d-target",
      "horizontal-edge",
      "diagonal-edge",
      "lr-diverge",
      "lr-converge",
      "handwritten-conv2d",
      "flip-kernel",
    ]);
    expect(rows.find((r) => r.id === "diagonal-edge")).toMatchObject({ done: true, attempts: 1 });
  });

  it("--lang zh: the verdict and the reason in Chinese", async () => {
    const r = await convlab(["check", "output-shape", "--answer", "[3,3]", "--lang", "zh"], at(home()));
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("✗ output-shape：还不对（带填充和步幅的输出形状；尝试 1 次）\n高对了，宽不对。\n");
  });

  it("bad usage: unknown or missing exercise, not JSON, an answer of the wrong form, a bad --hint, an unknown option", async () => {
    const dir = home();
    const [unknown, missing, notJson, wrongForm, badHint, unknownOption] = await Promise.all([
      convlab(["check", "vertical-edge", "--answer", "1"], at(dir)),
      convlab(["check"], at(dir)),
      convlab(["check", "horizontal-edge", "--answer", "[[1],[-1]"], at(dir)),
      convlab(["check", "output-shape", "--answer", '"3x4"'], at(dir)),
      convlab(["check", "output-shape", "--hint", "0"], at(dir)),
      convlab(["check", "output-shape", "--answr", "[3,4]"], at(dir)),
    ]);
    expectRefusal(unknown, 'unknown exercise "vertical-edge"', /choose one of: corr2d-target, horizontal-edge, .*handwritten-conv2d, flip-kernel, output-shape, same-shape/);
    expectRefusal(missing, "name an exercise, or use --list");
    expectRefusal(notJson, /^convlab: --answer: not JSON \(.+\); e\.g\. --answer '\[\[1,-1\],\[1,-1\]\]'$/);
    expectRefusal(wrongForm, "--answer: [height, width] must be a list of 2 numbers");
    expectRefusal(badHint, '--hint: "0" is not allowed');
    expectRefusal(unknownOption, "unknown option --answr");
    // none of these is an attempt
    expect(existsSync(join(dir, "progress.json"))).toBe(false);
  });

  it("--answer that is not JSON: what was given (clipped) and an example, never the parser's English, in zh too", async () => {
    const dir = home();
    const [en, zh, long] = await Promise.all([
      convlab(["check", "horizontal-edge", "--answer", "xx"], at(dir)),
      convlab(["check", "horizontal-edge", "--answer", "xx", "--lang", "zh"], at(dir)),
      convlab(["check", "horizontal-edge", "--answer", "[".repeat(100)], at(dir)),
    ]);
    expectRefusal(en, "convlab: --answer: not JSON (given xx); e.g. --answer '[[1,-1],[1,-1]]'");
    expectRefusal(zh, "convlab: --answer：不是 JSON（给定 xx）；例如 --answer '[[1,-1],[1,-1]]'");
    expect(zh.stderr).not.toMatch(/Unexpected|token|valid/);
    expectRefusal(long, `(given ${"[".repeat(39)}…)`);
  });

  it("progress that cannot be saved: the check still works, one warning line on stderr", async () => {
    const dir = home();
    writeFileSync(join(dir, "file"), "");
    const r = await convlab(["check", "horizontal-edge", "--answer", "[[1],[-1]]"], at(join(dir, "file", "convlab")));
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^✓ horizontal-edge: right/);
    expect(refusalLines(r.stderr)).toEqual([
      `convlab: Progress cannot be saved to ${join(dir, "file", "convlab", "progress.json")} (ENOTDIR: part of the path is a file, not a directory); convlab goes on, but this session's progress will be lost when it ends.`,
    ]);
  });

  it("a damaged progress file: moved aside with a one-line warning, the check goes on", async () => {
    const dir = home();
    writeFileSync(join(dir, "progress.json"), '{"version":1,"lessons":{},"exer');
    const r = await convlab(["check", "lr-diverge", "--answer", "0.001"], at(dir));
    expect(r.code).toBe(1);
    expect(refusalLines(r.stderr)).toHaveLength(1);
    expect(r.stderr).toMatch(/^convlab: Progress file .*progress\.json was damaged \(not valid JSON, perhaps a cut-short write\); moved it to .*progress\.json\.corrupt-\d{8}T\d{6}Z and started afresh\.\n$/);
    expect(readdirSync(dir).sort()).toEqual(["progress.json", expect.stringMatching(/^progress\.json\.corrupt-/)]);
    expect(JSON.parse(readFileSync(join(dir, "progress.json"), "utf8")).exercises["lr-diverge"]).toEqual({
      seen: true,
      done: false,
      attempts: 1,
    });
  });

  it("--help describes the command in both languages", async () => {
    const [en, zh] = await Promise.all([convlab(["check", "--help"]), convlab(["check", "--help", "--lang", "zh"])]);
    expect(en.code).toBe(0);
    expect(en.stdout.replace(/\s+/g, " ")).toContain("exit 0 right, 1 not yet, 2 bad usage");
    expect(en.stdout).toContain("--answer");
    expect(zh.stdout).toContain("用引擎检查练习的答案");
  });
});

describe("convlab check in-process", () => {
  const run = (dir: string, ...args: string[]) =>
    cli(["check", ...args], { lessons, env: { LANG: "en_US.UTF-8", CONVLAB_HOME: dir }, columns: 100 });

  it("exit 0 / 1 / 2 for right / wrong / malformed; only judged answers count as attempts", async () => {
    const dir = home();
    expect((await run(dir, "diagonal-edge", "--answer", "[[0,1],[-1,0]]")).code).toBe(0);
    expect((await run(dir, "diagonal-edge", "--answer", "[[1,0],[0,-1]]")).code).toBe(1);
    const bad = await run(dir, "diagonal-edge", "--answer", '{"K": "[[0,1]]"}');
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/^convlab: --answer: K \(kernel\) must be a matrix/);
    const list = JSON.parse((await run(dir, "--list", "--json")).out) as { id: string; attempts: number; done: boolean }[];
    expect(list.find((e) => e.id === "diagonal-edge")).toMatchObject({ done: true, attempts: 2 });
  });

  it("the answer as an object naming its one part works too", async () => {
    expect((await run(home(), "output-shape", "--answer", '{"shape":[3,4]}')).code).toBe(0);
  });

  it("--json without --answer: the exercise as data, hints up to --hint", async () => {
    const r = await run(home(), "lr-converge", "--json", "--hint", "1");
    const out = JSON.parse(r.out);
    expect(out).toMatchObject({ exercise: "lr-converge", lesson: "learn-kernel", start: { lr: 0.01 }, hintCount: 3 });
    expect(out.fields).toEqual([{ id: "lr", kind: "number", positive: true, max: 100, label: "learning rate" }]);
    expect(out.hints).toHaveLength(1);
  });
});
