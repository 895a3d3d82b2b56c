// Nothing hangs, nothing is read without limit (issue 13 §2), and saving keeps what it should
// (§4): a FIFO, a device, a hung mount, a huge file, a file only its owner can read, its mode.
import { execFileSync, spawnSync } from "node:child_process";
import { chmodSync, chownSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { nodeStoreFs, readBounded } from "../../src/store/file.ts";
import { emptyProgress, markLessonDone, MAX_PROGRESS_BYTES, openStore, warningText } from "../../src/store/index.ts";
import { ROOT } from "../cli/fixtures/spawn.ts";

let dir: string;
const file = () => join(dir, "progress.json");
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "convlab-bounded-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe("reading without blocking, regular files only", () => {
  it("a FIFO as progress.json: refused at once (no writer needed), left alone, never saved over", async () => {
    execFileSync("mkfifo", [file()]);
    const store = openStore({ dir });
    const { warnings } = await store.load();
    expect(warnings).toEqual([{ kind: "not-read", path: file(), problem: { kind: "not-regular", what: "fifo" } }]);
    expect(warningText(warnings[0]!, "en")).toContain("is not a regular file (it is a named pipe (FIFO))");
    expect((await store.update((p) => markLessonDone(p, "a"))).saved).toBe(false);
    expect(statSync(file()).isFIFO()).toBe(true);
  });

  it("a symlink is followed: to a regular file it reads, to /dev/zero it is refused as a device", async () => {
    writeFileSync(join(dir, "real.json"), JSON.stringify(markLessonDone(emptyProgress(), "a")));
    symlinkSync(join(dir, "real.json"), file());
    expect((await openStore({ dir }).load()).progress.lessons.a).toEqual({ seen: true, done: true });
    rmSync(file());
    symlinkSync("/dev/zero", file());
    expect((await openStore({ dir }).load()).warnings).toEqual([{ kind: "not-read", path: file(), problem: { kind: "not-regular", what: "device" } }]);
  });

  it("a hung mount (a call that never answers): given up after the time limit, said, and the lab goes on", async () => {
    const hung = { ...nodeStoreFs, open: () => new Promise<number>(() => {}) };
    const store = openStore({ dir, fs: hung, fsTimeLimitMs: 100 });
    const started = Date.now();
    const { warnings } = await store.load();
    expect(Date.now() - started).toBeLessThan(2000);
    expect(warnings).toMatchObject([{ kind: "not-read", problem: { kind: "unreadable", error: { code: "ETIMEDOUT" } } }]);
    expect(warningText(warnings[0]!, "en")).toContain("cannot be read (ETIMEDOUT: no answer in time");
    // no more calls to a hung file system this session
    expect(await store.update((p) => markLessonDone(p, "a"))).toMatchObject({ saved: false, warnings: [] });
  });

  it("reads at most the limit, whatever the size says (/proc files say 0)", async () => {
    expect(statSync("/proc/self/status").size).toBe(0);
    const r = await readBounded("/proc/self/status", 10);
    expect(r).toEqual({ kind: "too-large", maxBytes: 10 });
    const whole = await readBounded("/proc/self/status", 1 << 20);
    expect(whole.kind === "bytes" && whole.bytes.toString()).toMatch(/^Name:/);
  });

  it("a progress file over the limit is not a progress file: moved aside", async () => {
    writeFileSync(file(), " ".repeat(MAX_PROGRESS_BYTES + 1));
    const { warnings } = await openStore({ dir }).load();
    expect(warnings).toMatchObject([{ kind: "moved-aside", problem: { kind: "too-large" } }]);
  });
});

describe("saving keeps the file's own things", () => {
  it("a chmod 600 file stays 600 (and a new one is 644 less the umask)", async () => {
    await openStore({ dir }).update((p) => markLessonDone(p, "a"));
    expect(statSync(file()).mode & 0o777).toBe(0o644 & ~process.umask());
    chmodSync(file(), 0o600);
    await openStore({ dir }).update((p) => markLessonDone(p, "b"));
    expect(statSync(file()).mode & 0o777).toBe(0o600);
  });

  it("temp files a killed convlab left are removed by the next save; other files are not touched", async () => {
    writeFileSync(join(dir, ".progress.json.999.deadbeef.tmp"), '{"version":1,"less');
    writeFileSync(join(dir, "notes.txt"), "mine");
    await openStore({ dir }).update((p) => markLessonDone(p, "a"));
    expect(readdirSync(dir).sort()).toEqual(["notes.txt", "progress.json"]);
  });
});

// As root every file is readable: the permission case runs as `nobody`, in a real process.
const asNobody = process.getuid?.() === 0 && spawnSync("setpriv", ["--help"]).status === 0;
describe.runIf(asNobody)("a progress file its reader may not read (EACCES), as an unprivileged user", () => {
  it("`convlab progress` says it cannot be read, does not call it corrupt, and does not move it", () => {
    chmodSync(dir, 0o755);
    writeFileSync(file(), JSON.stringify(markLessonDone(emptyProgress(), "cross-correlation")));
    chmodSync(file(), 0o600); // root's; nobody may not read it
    chownSync(dir, 65534, 65534);
    const r = spawnSync("setpriv", ["--reuid=65534", "--regid=65534", "--clear-groups", process.execPath, "bin/convlab.js", "progress"], {
      cwd: ROOT,
      env: { PATH: process.env.PATH, HOME: dir, LANG: "en_US.UTF-8", CONVLAB_HOME: dir },
      encoding: "utf8",
    });
    expect(r.status).toBe(0);
    expect(r.stderr).toBe(`convlab: Progress file ${file()} cannot be read (EACCES: permission denied); convlab leaves it alone and goes on, but will not save progress this session.\n`);
    expect(readdirSync(dir)).toEqual(["progress.json"]);
    expect(JSON.parse(readFileSync(file(), "utf8")).lessons["cross-correlation"].done).toBe(true);
  });
});

describe("the time limit counts only real waiting", () => {
  it("a call that finished while the event loop was busy past the limit is not given up on", async () => {
    const { timed } = await import("../../src/store/file.ts");
    // A real call: its answer comes back in the event loop's poll phase, after the timers.
    const limited = timed(nodeStoreFs.lstat("/").then(() => "done"), "lstat", "/", 50);
    const until = Date.now() + 150;
    while (Date.now() < until); // a long synchronous render: the answer and the timer are both due
    await expect(limited).resolves.toBe("done");
  });
});
