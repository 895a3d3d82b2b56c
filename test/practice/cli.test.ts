// `convlab practice init|check` through the real binary (the bundle: dist/practice-worker.js and
// dist/engine.js share the engine's chunk): exit codes, never overwriting, the progress store.
import { cpSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { convlab } from "../cli/fixtures/spawn.ts";

const SOLUTIONS = fileURLToPath(new URL("./solutions/", import.meta.url));
const temp = (name: string) => mkdtempSync(join(tmpdir(), `convlab-practice-${name}-`));

describe.concurrent("convlab practice (real binary)", () => {
  it("init makes one file per exercise, a tsconfig and a README; twice overwrites nothing", async () => {
    const dir = join(temp("init"), "ws");
    const first = await convlab(["practice", "init", dir]);
    expect(first.code).toBe(0);
    const files = readdirSync(dir).sort();
    expect(files).toEqual([
      "01-corr2d.ts", "02-conv2d-block.ts", "03-train.ts", "04-padding-stride.ts", "05-channels.ts",
      "06-pool2d.ts", "07-kernel-grad.ts", "08-input-grad.ts", "09-stability-limit.ts", "README.md", "tsconfig.json",
    ]);
    const stub = readFileSync(join(dir, "01-corr2d.ts"), "utf8");
    expect(stub).toMatch(/^\/\/ convlab practice 01-corr2d · 2-D cross-correlation, with loops\n/);
    expect(stub).toContain('import { nd, autograd, nn, type NDArray } from "convlab";\n');
    expect(stub).toContain('export function corr2d(X: NDArray, K: NDArray): NDArray {\n  throw new Error("not done yet");\n}\n');
    const paths = JSON.parse(readFileSync(join(dir, "tsconfig.json"), "utf8")).compilerOptions.paths.convlab[0];
    expect(readFileSync(join(dir, paths), "utf8")).toMatch(/NDArray/);

    writeFileSync(join(dir, "01-corr2d.ts"), "// mine\n");
    const again = await convlab(["practice", "init", dir]);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain("already holds every file; nothing was overwritten.");
    expect(readFileSync(join(dir, "01-corr2d.ts"), "utf8")).toBe("// mine\n");
  });

  it("init in Chinese writes the tasks in Chinese", async () => {
    const dir = join(temp("zh"), "ws");
    expect((await convlab(["practice", "init", dir, "--lang", "zh"])).code).toBe(0);
    expect(readFileSync(join(dir, "02-conv2d-block.ts"), "utf8")).toMatch(/^\/\/ convlab practice 02-conv2d-block · Conv2d 块\n/);
  });

  it("check: stubs are not done yet (exit 1); the reference solutions all pass (exit 0) and are saved as progress", async () => {
    const home = temp("home");
    const dir = join(temp("check"), "ws");
    await convlab(["practice", "init", dir]);
    const stubs = await convlab(["practice", "check", dir], { env: { CONVLAB_HOME: home } });
    expect(stubs.code).toBe(1);
    expect(stubs.stdout.match(/: not done yet$/gm)).toHaveLength(9);
    expect(stubs.stdout).toMatch(/\n0 of 9 passed\n$/);

    cpSync(SOLUTIONS, dir, { recursive: true });
    const solved = await convlab(["practice", "check", dir, "--json"], { env: { CONVLAB_HOME: home } });
    expect(solved.stderr).toBe("");
    expect(solved.code).toBe(0);
    const out = JSON.parse(solved.stdout);
    expect(out).toMatchObject({ passed: 9, total: 9 });
    expect(out.exercises[2]).toMatchObject({ exercise: "03-train", pass: true, verdict: { kind: "pass" } });

    const progress = JSON.parse((await convlab(["progress", "--json"], { env: { CONVLAB_HOME: home } })).stdout);
    expect(progress.practice[0]).toEqual({ exercise: "01-corr2d", seen: true, done: true, attempts: 1 });
    const text = (await convlab(["progress"], { env: { CONVLAB_HOME: home } })).stdout;
    expect(text).toContain("Practice (convlab practice): 9/9");
  });

  it("check one exercise by number or name; a wrong one shows its first failing case (exit 1)", async () => {
    const dir = join(temp("one"), "ws");
    await convlab(["practice", "init", dir]);
    const wrong = readFileSync(join(SOLUTIONS, "06-pool2d.ts"), "utf8").replace("Math.max(...window.data)", "Math.min(...window.data)");
    writeFileSync(join(dir, "06-pool2d.ts"), wrong);
    const [byNumber, byName] = await Promise.all([
      convlab(["practice", "check", dir, "6"], { env: { CONVLAB_HOME: temp("h") } }),
      convlab(["practice", "check", dir, "pool2d"], { env: { CONVLAB_HOME: temp("h") } }),
    ]);
    expect(byNumber.code).toBe(1);
    expect(byNumber.stdout).toBe(byName.stdout);
    expect(byNumber.stdout).toContain("✗ 06-pool2d  Max and average pooling: wrong on the book's X, 2×2 max (1/14)");
    expect(byNumber.stdout).toContain("Y[0, 0]: 4 expected, got 0");
  });

  it("bad usage exits 2 with one line: an unknown exercise, a folder with no workspace", async () => {
    const dir = join(temp("bad"), "ws");
    await convlab(["practice", "init", dir]);
    const [unknown, none] = await Promise.all([convlab(["practice", "check", dir, "42"]), convlab(["practice", "check", temp("empty")])]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/^convlab: unknown exercise "42"; choose a number 1–9 or one of: 01-corr2d, /);
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/^convlab: no practice workspace in .*; make one with: convlab practice init /);
  });

  it("the watch screen refuses without a terminal, pointing to practice check", async () => {
    const dir = join(temp("watch"), "ws");
    await convlab(["practice", "init", dir]);
    const r = await convlab(["practice", dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("convlab practice (the watch screen) needs a terminal; without one, use: convlab practice check");
  });
});
