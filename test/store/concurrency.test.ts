// Several convlabs at once (issue 13 §1): real processes saving concurrently lose nothing, a
// reset wins over an open lab's older state, a busy lock is said once and nothing is lost.
import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import lockfile from "proper-lockfile";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { convlab } from "../cli/fixtures/spawn.ts";
import { exerciseProgress, lessonProgress, markLessonDone, markLessonSeen, openStore, recordAttempt, setLang, warningText } from "../../src/store/index.ts";

const saver = join(import.meta.dirname, "fixtures", "save-many.ts");

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "convlab-concurrent-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function run(name: string, count: number): Promise<{ out: string; err: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", saver, dir, name, String(count)], { stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    let err = "";
    child.stdout.on("data", (c: Buffer) => (out += c));
    child.stderr.on("data", (c: Buffer) => (err += c));
    child.on("error", reject);
    child.on("exit", (code) => (code === 0 ? resolve({ out, err }) : reject(new Error(`exit ${code}: ${err}`))));
  });
}

describe("between processes", () => {
  it("four processes saving 30 times each at once: every attempt counted, every lesson kept", async () => {
    const [N, M] = [4, 30];
    const results = await Promise.all(Array.from({ length: N }, (_, k) => run(`p${k}`, M)));
    for (const r of results) expect(r).toEqual({ out: "0\n", err: "" });
    const { progress, warnings } = await openStore({ dir }).load();
    expect(warnings).toEqual([]);
    expect(exerciseProgress(progress, "shared")).toEqual({ seen: true, done: true, attempts: N * M });
    for (let k = 0; k < N; k++) for (let i = 0; i < M; i++) expect(lessonProgress(progress, `p${k}-${i}`).done, `p${k}-${i}`).toBe(true);
  }, 60_000);

  it("two loops of `convlab check` at once: every attempt counted, the solved exercise stays solved", async () => {
    const env = { env: { CONVLAB_HOME: dir } };
    const loop = async (answer: string) => {
      for (let i = 0; i < 8; i++) await convlab(["check", "horizontal-edge", "--answer", answer], env);
    };
    await Promise.all([loop("[[1],[-1]]"), loop("[[0],[0]]")]);
    const { progress } = await openStore({ dir }).load();
    expect(exerciseProgress(progress, "horizontal-edge")).toEqual({ seen: true, done: true, attempts: 16 });
  }, 60_000);
});

describe("a reset and an open lab", () => {
  it("the lab's next save does not bring the old progress back", async () => {
    const lab = openStore({ dir });
    await lab.load();
    await lab.update((p) => markLessonDone(p, "cross-correlation"));
    await lab.update((p) => recordAttempt(p, "horizontal-edge", true));
    const r = await convlab(["progress", "--reset", "--yes"], { env: { CONVLAB_HOME: dir } });
    expect(r.stdout).toBe("Progress cleared.\n");
    await lab.update((p) => markLessonSeen(p, "learn-kernel")); // the learner goes on in the open lab
    const { progress } = await openStore({ dir }).load();
    expect(progress.generation).toBe(1);
    expect(progress.lessons).toEqual({ "learn-kernel": { seen: true, done: false } });
    expect(progress.exercises).toEqual({});
  });

  it("a change the lab could not save before the reset is dropped; one made after it is kept", async () => {
    const lab = openStore({ dir, lockWaitMs: 200 });
    await lab.load();
    await lab.update((p) => setLang(p, "zh"));
    const release = await lockfile.lock(join(dir, "progress.json"), { realpath: false });
    const busy = await lab.update((p) => markLessonDone(p, "before-reset"));
    expect(busy.saved).toBe(false);
    await release();
    expect((await openStore({ dir }).reset()).saved).toBe(true);
    const after = await lab.update((p) => markLessonDone(p, "after-reset"));
    expect(after.saved).toBe(true);
    const { progress } = await openStore({ dir }).load();
    expect(Object.keys(progress.lessons)).toEqual(["after-reset"]);
    expect(progress.settings.lang).toBe("zh"); // a reset keeps the language
  });
});

describe("the lock", () => {
  it("held by another convlab too long: said once, the lab goes on, and the change is saved with the next", async () => {
    const lab = openStore({ dir, lockWaitMs: 200 });
    await lab.load();
    const release = await lockfile.lock(join(dir, "progress.json"), { realpath: false });
    const r1 = await lab.update((p) => markLessonDone(p, "a"));
    expect(r1.warnings).toEqual([{ kind: "busy", path: join(dir, "progress.json") }]);
    expect(warningText(r1.warnings[0]!, "en")).toBe(`Progress file ${join(dir, "progress.json")} is in use by another convlab; convlab goes on and saves this with the next change.`);
    expect(r1.progress.lessons.a).toEqual({ seen: true, done: true }); // kept in memory
    const r2 = await lab.update((p) => markLessonDone(p, "b"));
    expect(r2.warnings).toEqual([]); // once per session
    await release();
    const r3 = await lab.update((p) => markLessonDone(p, "c"));
    expect(r3.saved).toBe(true);
    expect(Object.keys((await openStore({ dir }).load()).progress.lessons).sort()).toEqual(["a", "b", "c"]);
  });

  it("left behind by a crashed convlab (not refreshed for longer than the stale time): taken over", async () => {
    const lock = join(dir, "progress.json.lock");
    mkdirSync(lock);
    const old = new Date(Date.now() - 60_000);
    utimesSync(lock, old, old);
    const r = await openStore({ dir }).update((p) => markLessonDone(p, "a"));
    expect(r).toMatchObject({ saved: true, warnings: [] });
    expect(JSON.parse(readFileSync(join(dir, "progress.json"), "utf8")).lessons.a.done).toBe(true);
  });
});
