// The real lessons through runCli in-process (fixtures/in-process.ts `convlabIn`: the binary's
// environment, no spawn): list, run as text and JSON, corr2d, every bad input of issue 3 §3,
// languages, help on every command, completion. binary.test.ts proves the process itself.
import { describe, expect, it } from "vitest";
import { convlabIn as convlab } from "./fixtures/in-process.ts";
import { expectLabRefusal, expectRefusal } from "./fixtures/expect-refusal.ts";
import { refusalLines } from "./fixtures/spawn.ts";

const ANSI = /\u001b\[/;
const jsonLines = (stdout: string) => stdout.trimEnd().split("\n").map((line) => JSON.parse(line));

describe("convlab with the real lessons (in-process)", () => {
  it("list: the three notebook lessons, as text and JSON", async () => {
    const [text, json] = await Promise.all([convlab(["list"]), convlab(["list", "--json"])]);
    expect(text.code).toBe(0);
    expect(text.stderr).toBe("");
    expect(text.stdout).toMatch(/^1\s+cross-correlation\s+\S/m);
    expect(text.stdout).toMatch(/^2\s+conv2d-layer\s+\S/m);
    expect(text.stdout).toMatch(/^3\s+learn-kernel\s+\S/m);
    const lessons = JSON.parse(json.stdout) as { number: number; id: string; title: string }[];
    expect(lessons.slice(0, 3).map((l) => [l.number, l.id])).toEqual([
      [1, "cross-correlation"],
      [2, "conv2d-layer"],
      [3, "learn-kernel"],
    ]);
  });

  it("run cross-correlation: every step as plain text, Y filling in to 19 25 37 43", async () => {
    const [byId, byNumber] = await Promise.all([convlab(["run", "cross-correlation"]), convlab(["run", "1"])]);
    expect(byId.code).toBe(0);
    expect(byId.stderr).toBe("");
    expect(byId.stdout).not.toMatch(ANSI);
    expect(byId.stdout).toContain("0×0 + 1×1 + 3×2 + 4×3 = 19");
    // Y is drawn right of X and K: its rows end the lines.
    const lines = byId.stdout.split("\n");
    const last = lines.findLastIndex((line) => /\b19\s+25$/.test(line));
    expect(lines[last + 1]).toMatch(/\b37\s+43$/);
    expect(byId.stdout).toMatch(/\[ ?\d\]/); // the window is marked without colour
    expect(byNumber.stdout).toBe(byId.stdout);
  });

  it("run --json: one object per step, then one summary object", async () => {
    const [cc, layer] = await Promise.all([convlab(["run", "1", "--json"]), convlab(["run", "conv2d-layer", "--json"])]);
    for (const [result, id] of [
      [cc, "cross-correlation"],
      [layer, "conv2d-layer"],
    ] as const) {
      expect(result.code).toBe(0);
      expect(result.stderr).toBe("");
      const lines = jsonLines(result.stdout);
      const steps = lines.slice(0, -1);
      expect(steps.length).toBeGreaterThan(1);
      steps.forEach((line, i) => expect(line).toMatchObject({ lesson: id, step: i }));
      expect(lines.at(-1)).toMatchObject({ summary: true });
    }
  });

  it("run learn-kernel --json: epoch, loss, grad and weight per iteration; both presets; divergence at 60", async () => {
    const [seed, d2l, long, own] = await Promise.all([
      convlab(["run", "learn-kernel", "--json"]),
      convlab(["run", "3", "--json", "--preset", "d2l"]),
      convlab(["run", "learn-kernel", "--json", "--epochs", "60"]),
      convlab(["run", "learn-kernel", "--json", "--init-weight=-0.5,0.25", "--lr", "0.01", "--epochs", "3"]),
    ]);
    for (const r of [seed, d2l, long, own]) {
      expect(r.code).toBe(0);
      expect(r.stderr).toBe("");
    }
    const iterations = jsonLines(seed.stdout).filter((l) => l.epoch !== undefined);
    expect(iterations.map((l) => l.epoch)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    for (const it of iterations) {
      expect(it.lesson).toBe("learn-kernel");
      expect(typeof it.loss).toBe("number");
      expect(it.grad).toEqual([[expect.any(Number), expect.any(Number)]]);
      expect(it.weight).toEqual([[expect.any(Number), expect.any(Number)]]);
    }
    expect(jsonLines(seed.stdout).at(-1)).toMatchObject({ summary: true, diverged: false });
    expect(jsonLines(d2l.stdout).at(-1)).toMatchObject({ summary: true, diverged: false });
    expect(jsonLines(long.stdout).at(-1)).toMatchObject({ summary: true, diverged: true, divergedAt: expect.any(Number) });
    expect(jsonLines(own.stdout).filter((l) => l.epoch !== undefined)).toHaveLength(3);
  });

  it("corr2d: the notebook's example as a matrix and as JSON", async () => {
    const args = ["corr2d", "--x", "[[0,1,2],[3,4,5],[6,7,8]]", "--k", "[[0,1],[2,3]]"];
    const [text, json] = await Promise.all([convlab(args), convlab([...args, "--json"])]);
    expect(text).toEqual({ code: 0, stderr: "", stdout: "Y = corr2d(X, K) 2×2\n 19   25\n 37   43\n" });
    expect(json).toEqual({ code: 0, stderr: "", stdout: "[[19,25],[37,43]]\n" });
  });

  it.each([
    { args: ["run", "nope"], parts: ['unknown lesson "nope"', "cross-correlation (1), conv2d-layer (2), learn-kernel (3)"] },
    { args: ["--lesson", "nope"], parts: ['--lesson: unknown lesson "nope"', "learn-kernel (3)"] },
    { args: ["--lesson", "03"], parts: ['--lesson: unknown lesson "03"'] },
    { args: ["run", "03"], parts: ['unknown lesson "03"'] },
    { args: ["run"], parts: ["cross-correlation (1)"] },
    { args: ["run", "learn-kernel", "--learning-rate", "0.1"], parts: ["unknown option --learning-rate", "--lr", "--epochs"] },
    { args: ["list", "--verbose"], parts: ["unknown option --verbose", "--json"] },
    { args: ["run", "3", "--lr", "abc"], parts: ['--lr: "abc"', "lr must be a number"] },
    { args: ["run", "3", "--lr", "-0.1"], parts: ['--lr: "-0.1"', "greater than 0"] },
    { args: ["run", "3", "--lr", "0"], parts: ['--lr: "0"', "greater than 0"] },
    { args: ["run", "3", "--lr", "Infinity"], parts: ['--lr: "Infinity"', "finite"] },
    { args: ["run", "3", "--lr", "NaN"], parts: ['--lr: "NaN"', "finite"] },
    { args: ["run", "3", "--epochs", "0"], parts: ['--epochs: "0"', "from 1 to 1000"] },
    { args: ["run", "3", "--epochs", "2.5"], parts: ['--epochs: "2.5"', "whole number"] },
    { args: ["run", "3", "--epochs", "100000"], parts: ['--epochs: "100000"', "1000"] },
    { args: ["run", "3", "--seed", "1.5"], parts: ['--seed: "1.5"', "whole number"] },
    { args: ["run", "3", "--seed", "x"], parts: ['--seed: "x"', "seed must be a number"] },
    { args: ["run", "3", "--init-weight=1"], parts: ['--init-weight: "1"', "2"] },
    { args: ["run", "3", "--init-weight=1,2,3"], parts: ['--init-weight: "1,2,3"', "2"] },
    { args: ["run", "3", "--init-weight=a,b"], parts: ['--init-weight: "a,b"'] },
    { args: ["run", "3", "--preset", "fast"], parts: ['--preset: "fast"', "seed", "d2l"] },
    { args: ["run", "3", "--json=5"], parts: ['--json takes no value (given "5"); write --json alone'] },
    { args: ["run", "1", "--x", "[[0,1],[2,3]"], parts: ['--x: "[[0,1],[2,3]"', "JSON"] },
    { args: ["run", "1", "--x", "[[0,1],[2]]"], parts: ['--x: "[[0,1],[2]]"', "same length"] },
    { args: ["run", "1", "--x", "[]"], parts: ['--x: "[]"', "empty"] },
    { args: ["run", "1", "--k", '[[1,"a"]]'], parts: ['--k: "[[1,\\"a\\"]]"', "number"] },
    { args: ["run", "1", "--x", "[[1,2]]", "--k", "[[1],[2]]"], parts: ["2×1", "1×2"] },
    { args: ["corr2d", "--x", "[[1,2],[3,4]]", "--k", "[[1,2,3]]"], parts: ["1×3", "2×2"] },
    { args: ["corr2d", "--x", "not json", "--k", "[[1]]"], parts: ['--x: "not json"', "JSON"] },
    { args: ["corr2d", "--x", "[[1]]"], parts: ["--k"] },
    { args: ["run", "1", "--lang", "fr"], parts: ['--lang: "fr"', "en", "zh"] },
  ])("refuses convlab $args", async ({ args, parts }) => {
    expectRefusal(await convlab(args), ...parts);
  });

  it("a refusal echoes at most about 40 characters of a long value", async () => {
    const big = JSON.stringify(Array.from({ length: 20 }, () => Array.from({ length: 20 }, () => 1)));
    for (const r of [
      await convlab(["run", "1", "--x", big]),
      await convlab(["corr2d", "--x", "[[1]]", "--k", big]),
      await convlab(["run", "x".repeat(200)]),
      await convlab(["list", "--lang", "z".repeat(200)]),
    ]) {
      expect(r.code).toBe(2);
      const line = refusalLines(r.stderr)[0]!;
      expect(line).toContain("…");
      expect(line).not.toContain(big);
      expect(line).not.toMatch(/x{41}|z{41}|(1,){25}/);
    }
  });

  it("convlab without a terminal says the lab needs one and points to convlab run", async () => {
    expectLabRefusal(await convlab([]));
  });

  it("speaks Chinese with --lang zh or LANG=zh_CN.UTF-8", async () => {
    const [list, env, run, refusal] = await Promise.all([
      convlab(["list", "--lang", "zh"]),
      convlab(["list"], { env: { LANG: "zh_CN.UTF-8" } }),
      convlab(["run", "1", "--lang", "zh"]),
      convlab(["run", "3", "--lr", "abc", "--lang", "zh"]),
    ]);
    expectRefusal(refusal, '--lr："abc" 不可用');
    expect(refusalLines(refusal.stderr)[1]).toMatch(/^用法：convlab run learn-kernel --help$/);
    expect(list.code).toBe(0);
    expect(list.stdout).toContain("二维互相关运算");
    expect(list.stdout).toContain("二维卷积层");
    expect(list.stdout).toContain("通过数据学习核数组");
    expect(env.stdout).toBe(list.stdout);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/（第 1\/\d+ 步）/);
  });

  it("--lang zh: a kernel that does not fit is refused in Chinese, in lesson 1's words", async () => {
    const [zh, en, lesson] = await Promise.all([
      convlab(["corr2d", "--x", "[[1,2],[3,4]]", "--k", "[[1,2,3]]", "--lang", "zh"]),
      convlab(["corr2d", "--x", "[[1,2],[3,4]]", "--k", "[[1,2,3]]"]),
      convlab(["run", "1", "--x", "[[1,2]]", "--k", "[[1,2,3]]", "--lang", "zh"]),
    ]);
    expectRefusal(zh, '--k："[[1,2,3]]" 不可用；核 1×3 放不进输入 2×2');
    expect(refusalLines(zh.stderr)[0]).not.toMatch(/does not fit|kernel|input/);
    expectRefusal(en, '--k: "[[1,2,3]]" is not allowed; kernel 1×3 does not fit in input 2×2');
    expectRefusal(lesson, "核 1×3 放不进输入 1×2");
  });

  it("--help on every command", async () => {
    const [top, run, lesson, corr, list, completion] = await Promise.all([
      convlab(["--help"]),
      convlab(["run", "--help"]),
      convlab(["run", "learn-kernel", "--help"]),
      convlab(["corr2d", "--help"]),
      convlab(["list", "--help"]),
      convlab(["completion", "--help"]),
    ]);
    for (const r of [top, run, lesson, corr, list, completion]) {
      expect(r.code).toBe(0);
      expect(r.stderr).toBe("");
      expect(r.stdout).toMatch(/Options:/);
      expect(r.stdout).not.toMatch(ANSI);
    }
    expect(top.stdout).toMatch(/convlab list/);
    expect(top.stdout).toMatch(/convlab run \[lesson\]/);
    expect(top.stdout).toMatch(/convlab corr2d/);
    expect(run.stdout).toMatch(/convlab run learn-kernel/);
    for (const option of ["--preset", "--lr", "--epochs", "--seed", "--init-weight", "--json"]) expect(lesson.stdout).toContain(option);
  });

  it("run lr-stability --help: --lrs offers its default list as the example, not 1,-1", async () => {
    const r = await convlab(["run", "8", "--help"], { env: { COLUMNS: "200" } });
    expect(r.stdout.replace(/\s+/g, " ")).toMatch(/--lrs .*\(comma-separated numbers, default 0\.01,0\.015,0\.016,0\.02\)/);
    expect(r.stdout).not.toContain("1,-1");
  });
});
