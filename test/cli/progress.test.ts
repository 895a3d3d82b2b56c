// `convlab progress [--json] [--reset [--yes]]` in-process, with progress in a temp CONVLAB_HOME.
// The confirmation question is answered in a real terminal (tmux).
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { hasTmux, KEY, Terminal } from "../helpers/pty.ts";
import { cli, convlabIn as convlab } from "./fixtures/in-process.ts";
import { convlab as spawnConvlab, refusalLines, ROOT } from "./fixtures/spawn.ts";
import { exercises } from "../../lessons/exercises.ts";
import { lessons } from "../../lessons/index.ts";

const N = exercises.length;

const home = () => mkdtempSync(join(tmpdir(), "convlab-progress-"));
const at = (dir: string) => ({ env: { CONVLAB_HOME: dir } });

/** A progress file as convlab writes it. */
function seed(dir: string) {
  writeFileSync(
    join(dir, "progress.json"),
    JSON.stringify({
      version: 1,
      lessons: { "cross-correlation": { seen: true, done: true }, "conv2d-layer": { seen: true, done: false } },
      exercises: {
        "corr2d-target": { seen: true, done: true, attempts: 3 },
        "output-shape": { seen: true, done: false, attempts: 1 },
        "lr-diverge": { seen: true, done: false, attempts: 0 },
      },
    }),
  );
}

describe.concurrent("convlab progress (in-process, the binary's environment)", () => {
  it("a fresh start: nothing done, where it is saved; nothing written", async () => {
    const dir = home();
    const r = await convlab(["progress"], at(dir));
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    const lines = r.stdout.split("\n");
    expect(lines[0]).toMatch(new RegExp(`^Lessons done: 0/${lessons.length}   Exercises done: 0/${N}$`));
    expect(lines[1]).toBe(`Saved in ${join(dir, "progress.json")}`);
    expect(r.stdout).toMatch(/^1 +cross-correlation +2-D cross-correlation$/m);
    expect(existsSync(join(dir, "progress.json"))).toBe(false);
  });

  it("done marks and counts per lesson, each lesson's exercises under it; --json the same", async () => {
    const dir = home();
    seed(dir);
    const [text, json] = await Promise.all([convlab(["progress"], at(dir)), convlab(["progress", "--json"], at(dir))]);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(new RegExp(`^Lessons done: 1/${lessons.length}   Exercises done: 1/${N}$`, "m"));
    expect(text.stdout).toMatch(/^1 +cross-correlation +✓ done +2-D cross-correlation\n +corr2d-target +✓ done +3 attempts\n2 /m);
    expect(text.stdout).toMatch(/^5 +padding-stride +Padding and stride\n +output-shape +· tried +1 attempt$/m);
    expect(text.stdout).toMatch(/^2 +conv2d-layer +· seen +\S/m);
    expect(text.stdout).toMatch(/^ +lr-diverge +· seen$/m);
    const out = JSON.parse(json.stdout);
    expect(out).toMatchObject({ path: join(dir, "progress.json"), lessonsDone: 1, exercisesDone: 1, exercisesTotal: N });
    expect(out.lessons[0]).toEqual({ number: 1, id: "cross-correlation", seen: true, done: true });
    expect(out.exercises[0]).toEqual({ id: "corr2d-target", lesson: "cross-correlation", seen: true, done: true, attempts: 3 });
    expect(out.exercises.find((e: { id: string }) => e.id === "handwritten-conv2d")).toEqual({
      id: "handwritten-conv2d",
      lesson: "learn-kernel",
      seen: false,
      done: false,
      attempts: 0,
    });
  });

  it("--lang zh", async () => {
    const dir = home();
    seed(dir);
    const r = await convlab(["progress", "--lang", "zh"], at(dir));
    expect(r.stdout).toMatch(new RegExp(`^已完成课程：1/${lessons.length}   已完成练习：1/${N}$`, "m"));
    expect(r.stdout).toMatch(/^1 +cross-correlation +✓ 完成 +二维互相关运算$/m);
  });

  it("--reset without a terminal and without --yes refuses, and keeps everything", async () => {
    const dir = home();
    seed(dir);
    const before = readFileSync(join(dir, "progress.json"), "utf8");
    const r = await convlab(["progress", "--reset"], at(dir));
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(refusalLines(r.stderr)).toEqual([
      "convlab: --reset: stdin is not a terminal, so convlab cannot ask before clearing progress; add --yes to clear it",
      "Usage: convlab progress --help",
    ]);
    expect(readFileSync(join(dir, "progress.json"), "utf8")).toBe(before);
  });

  it("--reset --yes clears; --yes alone is refused", async () => {
    const dir = home();
    seed(dir);
    const r = await convlab(["progress", "--reset", "--yes"], at(dir));
    expect(r).toEqual({ code: 0, stdout: "Progress cleared.\n", stderr: "" });
    expect(JSON.parse(readFileSync(join(dir, "progress.json"), "utf8"))).toEqual({ version: 1, generation: 1, lessons: {}, exercises: {}, settings: {} });
    const alone = await convlab(["progress", "--yes"], at(dir));
    expect(alone.code).toBe(2);
    expect(refusalLines(alone.stderr)[0]).toBe("convlab: --yes only goes with --reset");
  });

  it("a wrong-shaped or future file: moved aside with one warning line, a fresh start, exit 0", async () => {
    const [shape, future] = [home(), home()];
    writeFileSync(join(shape, "progress.json"), '{"version":1,"lessons":[],"exercises":{}}');
    writeFileSync(join(future, "progress.json"), '{"version":2,"lessons":{},"exercises":{}}');
    const [a, b] = await Promise.all([convlab(["progress"], at(shape)), convlab(["progress", "--json"], at(future))]);
    expect(a.code).toBe(0);
    expect(a.stderr).toMatch(/^convlab: Progress file .* was not a convlab progress file \(lessons is not an object\); moved it to .*\.corrupt-\d{8}T\d{6}Z and started afresh\.\n$/);
    expect(a.stdout).toContain(`Exercises done: 0/${N}`);
    expect(b.code).toBe(0);
    expect(b.stderr).toMatch(/written by a newer convlab \(format 2; this one reads 1/);
    expect(JSON.parse(b.stdout).exercisesDone).toBe(0);
    expect(readdirSync(future)).toEqual([expect.stringMatching(/^progress\.json\.corrupt-/)]);
  });
});

describe.skipIf(!hasTmux())("convlab progress --reset at a terminal asks first", () => {
  let terminal: Terminal | undefined;
  afterEach(() => terminal?.kill());

  it.each([
    ["n", "Nothing cleared.", 1, true],
    ["y", "Progress cleared.", 0, false],
  ] as const)("answering %s", async (answer, said, status, kept) => {
    const dir = home();
    seed(dir);
    terminal = await Terminal.start([process.execPath, "bin/convlab.js", "progress", "--reset"], {
      cwd: ROOT,
      env: { CONVLAB_HOME: dir, LANG: "en_US.UTF-8" },
    });
    await terminal.waitFor(`Clear all progress saved in ${join(dir, "progress.json")}? [y/N]`);
    await terminal.type(answer);
    await terminal.press(KEY.enter);
    await terminal.waitFor(said);
    expect(await terminal.waitExit()).toBe(status);
    const exercises = JSON.parse(readFileSync(join(dir, "progress.json"), "utf8")).exercises;
    expect(Object.keys(exercises).length > 0).toBe(kept);
  });
});

describe("convlab progress in-process (fake terminal)", () => {
  const run = (dir: string, args: string[], input: string[]) =>
    cli(["progress", ...args], { lessons, terminal: true, env: { LANG: "en_US.UTF-8", CONVLAB_HOME: dir }, input });

  it.each([
    ["y", 0, "Progress cleared.\n", false],
    ["YES", 0, "Progress cleared.\n", false],
    ["n", 1, "Nothing cleared.\n", true],
    ["", 1, "Nothing cleared.\n", true],
  ] as const)("--reset asks on stderr; answering %j", async (answer, code, out, kept) => {
    const dir = home();
    seed(dir);
    const r = await run(dir, ["--reset"], [answer]);
    expect(r).toMatchObject({ code, out });
    expect(r.err).toBe(`Clear all progress saved in ${join(dir, "progress.json")}? [y/N] `);
    expect(Object.keys(JSON.parse(readFileSync(join(dir, "progress.json"), "utf8")).exercises).length > 0).toBe(kept);
  });

  it("--reset at end of input (Ctrl+D) clears nothing", async () => {
    const dir = home();
    seed(dir);
    expect(await run(dir, ["--reset"], [])).toMatchObject({ code: 1, out: "Nothing cleared.\n" });
  });

  it("--reset in Chinese accepts 是", async () => {
    const dir = home();
    seed(dir);
    const r = await run(dir, ["--reset", "--lang", "zh"], ["是"]);
    expect(r).toMatchObject({ code: 0, out: "进度已清除。\n" });
    expect(r.err).toMatch(/^清除保存在 .* 中的全部进度？\[y\/N\] $/);
  });

  it("--reset --yes --json prints the cleared progress as JSON", async () => {
    const dir = home();
    seed(dir);
    const r = await run(dir, ["--reset", "--yes", "--json"], []);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject({ lessonsDone: 0, exercisesDone: 0 });
  });

  it("a reset that cannot be saved says so and exits 1", async () => {
    const dir = home();
    writeFileSync(join(dir, "file"), "");
    const r = await cli(["progress", "--reset", "--yes"], { lessons, env: { CONVLAB_HOME: join(dir, "file", "x") } });
    expect(r.code).toBe(1);
    // one line: nothing was cleared, where, and why
    expect(r.err.trimEnd().split("\n")).toEqual([
      `convlab: Progress in ${join(dir, "file", "x", "progress.json")} could not be cleared (ENOTDIR: part of the path is a file, not a directory).`,
    ]);
  });

  it("CONVLAB_HOME set to a file: the reset says the file is in the way (EEXIST explained), in both languages", async () => {
    const dir = home();
    const plain = join(dir, "plain");
    writeFileSync(plain, "");
    const [en, zh] = await Promise.all([
      cli(["progress", "--reset", "--yes"], { lessons, env: { CONVLAB_HOME: plain } }),
      cli(["progress", "--reset", "--yes", "--lang", "zh"], { lessons, env: { CONVLAB_HOME: plain } }),
    ]);
    expect(en.code).toBe(1);
    expect(en.err).toBe(`convlab: Progress in ${join(plain, "progress.json")} could not be cleared (EEXIST: ${plain} is a file, not a folder).\n`);
    expect(zh.err).toBe(`convlab: 无法清除 ${join(plain, "progress.json")} 中的进度（EEXIST：${plain} 是文件，不是目录）。\n`);
  });

  it("exercises of lessons not in the menu are listed last", async () => {
    const r = await cli(["progress"], { env: { CONVLAB_HOME: home() } }); // the fake lessons only
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^ +Other exercises\n +corr2d-target\n/m);
  });
});

describe("convlab progress celebrates, in one line from the counts (the real binary)", () => {
  const write = (dir: string, lessonIds: readonly string[], exerciseIds: readonly string[]) =>
    writeFileSync(
      join(dir, "progress.json"),
      JSON.stringify({
        version: 1,
        lessons: Object.fromEntries(lessonIds.map((id) => [id, { seen: true, done: true }])),
        exercises: Object.fromEntries(exerciseIds.map((id) => [id, { seen: true, done: true, attempts: 1 }])),
      }),
    );
  const allLessons = lessons.map((l) => l.id);
  const allExercises = exercises.map((e) => e.id);

  it("every lesson and every exercise: the line under the counts, in English and Chinese", async () => {
    const dir = home();
    write(dir, allLessons, allExercises);
    const [en, zh] = await Promise.all([spawnConvlab(["progress"], at(dir)), spawnConvlab(["progress", "--lang", "zh"], at(dir))]);
    expect(en.code).toBe(0);
    expect(en.stdout.split("\n")[1]).toBe(`All ${lessons.length} lessons done — all ${N} exercises solved.`);
    expect(zh.stdout.split("\n")[1]).toBe(`${lessons.length} 课全部学完，${N} 个练习全部解出！`);
  });

  it("only the lessons, or only the exercises: that half; neither: no line", async () => {
    const [lessonsOnly, exercisesOnly, neither] = [home(), home(), home()];
    write(lessonsOnly, allLessons, allExercises.slice(1));
    write(exercisesOnly, allLessons.slice(1), allExercises);
    write(neither, allLessons.slice(1), allExercises.slice(1));
    const runs = await Promise.all([lessonsOnly, exercisesOnly, neither].map((dir) => spawnConvlab(["progress"], at(dir))));
    expect(runs.map((r) => r.stdout.split("\n")[1])).toEqual([
      `All ${lessons.length} lessons done.`,
      `All ${N} exercises solved.`,
      expect.stringMatching(/^Saved in /),
    ]);
  });
});
