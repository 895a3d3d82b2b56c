// The package as a user gets it: `npm pack` (prepack builds), the tarball installed into an empty
// folder and globally (under a private prefix, never the real one), and the installed `convlab`
// run with the same Node. Also the engine export, `import { nd, autograd, nn } from "convlab"`,
// in JavaScript and, with the shipped declarations, in TypeScript.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT, cleanEnv } from "../cli/fixtures/spawn.ts";

const work = mkdtempSync(path.join(tmpdir(), "convlab-pack-"));
const npm = (args: string[], cwd: string) =>
  execFileSync("npm", [...args, "--no-audit", "--no-fund", "--loglevel=error"], { cwd, encoding: "utf8", env: cleanEnv({ npm_config_update_notifier: "false" }) });

interface Packed {
  filename: string;
  size: number;
  entryCount: number;
  files: { path: string }[];
}
let packed: Packed;
let tarball: string;
const app = path.join(work, "app");
const global = path.join(work, "global");

/** The installed binary with stdin a pipe, as a script would run it. */
function run(bin: string, args: string[]) {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: app, encoding: "utf8", env: cleanEnv({ CONVLAB_HOME: path.join(work, "home") }), input: "" });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(() => {
  [packed] = JSON.parse(npm(["pack", "--json", "--pack-destination", work], ROOT)) as Packed[];
  tarball = path.join(work, packed!.filename);
  mkdirSync(app);
  writeFileSync(path.join(app, "package.json"), JSON.stringify({ name: "app", private: true, type: "module" }));
  npm(["install", "--offline", tarball], app);
}, 120_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("the tarball", () => {
  it("holds the binary, the bundle, the engine's declarations, the picture, README and LICENSE: no tests, bench or sources", () => {
    const files = packed.files.map((f) => f.path);
    for (const needed of ["bin/convlab.js", "dist/convlab.js", "dist/engine.js", "dist/types/index.d.ts", "assets/picture.png", "README.md", "LICENSE", "package.json"]) {
      expect(files).toContain(needed);
    }
    expect(files.filter((f) => !/^(bin|dist|assets)\/|^(README\.md|LICENSE|package\.json)$/.test(f))).toEqual([]);
    expect(files.filter((f) => /\.tsx?$/.test(f) && !f.endsWith(".d.ts"))).toEqual([]);
  });

  it("installed into an empty folder, convlab runs: --version, list, run --json, and refuses the lab without a terminal", () => {
    const bin = path.join(app, "node_modules", "convlab", "bin", "convlab.js");
    const version = run(bin, ["--version"]);
    expect(version).toMatchObject({ code: 0, stdout: `${JSON.parse(npm(["pkg", "get", "version"], ROOT))}\n` });
    const list = run(bin, ["list"]);
    expect(list.code).toBe(0);
    expect(list.stdout).toMatch(/1\s+cross-correlation/);
    const lesson = run(bin, ["run", "cross-correlation", "--json"]);
    expect(lesson.code).toBe(0);
    const lines = lesson.stdout.trim().split("\n").map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.at(-1)).toMatchObject({ summary: true });
    expect(lesson.stdout).toContain("[[19,25],[37,43]]");
    const lab = run(bin, []);
    expect(lab.code).toBe(2);
    expect(lab.stderr).toMatch(/^convlab: .*terminal/);
    expect(lab.stderr).not.toMatch(/\n\s+at /);
  });

  it("exports the engine to JavaScript and, with its declarations, to TypeScript", () => {
    writeFileSync(
      path.join(app, "use.ts"),
      [
        `import { nd, autograd, nn, corr2d, type NDArray } from "convlab";`,
        `const X: NDArray = nd.array([[0, 1, 2], [3, 4, 5], [6, 7, 8]]);`,
        `const l = autograd.record(() => corr2d(X, nd.array([[0, 1], [2, 3]])).sum());`,
        `const layer: nn.Block = new nn.Conv2D({ channels: 1, kernelSize: [1, 2] });`,
        `console.log(JSON.stringify(corr2d(X, nd.array([[0, 1], [2, 3]])).toArray()), l.asScalar(), layer instanceof nn.Block);`,
      ].join("\n"),
    );
    writeFileSync(path.join(app, "tsconfig.json"), JSON.stringify({ compilerOptions: { module: "NodeNext", moduleResolution: "NodeNext", target: "ES2022", strict: true, noEmit: true, allowImportingTsExtensions: true, types: [] }, files: ["use.ts"] }));
    const tsc = path.join(path.dirname(createRequire(import.meta.url).resolve("typescript/package.json")), "bin", "tsc");
    execFileSync(process.execPath, [tsc, "-p", app], { cwd: app, encoding: "utf8" });
    // Node 20 runs no TypeScript: the same lines without their types.
    const js = readFileSync(path.join(app, "use.ts"), "utf8").replace(", type NDArray", "").replace(/: (NDArray|nn\.Block)/g, "");
    writeFileSync(path.join(app, "use.mjs"), js);
    const out = execFileSync(process.execPath, ["use.mjs"], { cwd: app, encoding: "utf8", env: cleanEnv() });
    expect(out.trim()).toBe("[[19,25],[37,43]] 124 true");
  });

  it("practice: a workspace from the installed package type-checks with its tsconfig, and its checks run on the package's engine", () => {
    const bin = path.join(app, "node_modules", "convlab", "bin", "convlab.js");
    const ws = path.join(app, "ws");
    expect(run(bin, ["practice", "init", ws]).code).toBe(0);
    const solutions = path.join(ROOT, "test", "practice", "solutions");
    for (const file of ["02-conv2d-block.ts", "03-train.ts"]) writeFileSync(path.join(ws, file), readFileSync(path.join(solutions, file)));
    const tsc = path.join(path.dirname(createRequire(import.meta.url).resolve("typescript/package.json")), "bin", "tsc");
    execFileSync(process.execPath, [tsc, "-p", ws], { cwd: ws, encoding: "utf8" });
    const check = run(bin, ["practice", "check", ws, "--json"]);
    expect(check.stderr).toBe("");
    const out = JSON.parse(check.stdout);
    // nn.Block, instanceof NDArray and .grad work across the learner's file and the checker
    expect(out.exercises.map((e: { pass: boolean }) => e.pass)).toEqual([false, true, true, false, false, false, false, false, false]);
  });

  it("npm install -g puts convlab on the PATH", () => {
    npm(["install", "-g", "--offline", "--prefix", global, tarball], work);
    const r = spawnSync("convlab", ["--version"], { encoding: "utf8", env: cleanEnv({ PATH: `${path.join(global, "bin")}:${process.env.PATH}` }) });
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
});
