// The progress file on every bad day: missing, cut short, garbage, wrong shape, another
// version, unreadable, not a regular file, a hung mount, read-only, full disk, a crash mid-write.
import * as fs from "node:fs";
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { homedir, tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  dataDir,
  emptyProgress,
  markLessonDone,
  openStore,
  recordAttempt,
  warningText,
  type StoreWarning,
} from "../../src/store/index.ts";
import { nodeStoreFs, type StoreFs } from "../../src/store/file.ts";

let dir: string;
const file = () => join(dir, "progress.json");
const clock = () => new Date("2026-11-29T08:49:30.123Z");
const STAMP = "20261129T084930Z";

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "convlab-store-"));
});
afterEach(() => {
  fs.chmodSync(dir, 0o755);
  rmSync(dir, { recursive: true, force: true });
});

/** A file system whose `name` call fails with `code` (after running `before`, if given). */
function failing(name: keyof StoreFs, code: string, before?: (...args: any[]) => unknown): StoreFs {
  return {
    ...nodeStoreFs,
    [name]: async (...args: any[]) => {
      await before?.(...args);
      throw Object.assign(new Error(`${code}: injected`), { code });
    },
  } as StoreFs;
}

const solved = () => recordAttempt(markLessonDone(emptyProgress(), "cross-correlation"), "horizontal-edge", true);

describe("where progress lives", () => {
  it("CONVLAB_HOME wins, made absolute", async () => {
    expect(dataDir({ CONVLAB_HOME: "/srv/c" })).toBe("/srv/c");
    expect(dataDir({ CONVLAB_HOME: "rel" })).toBe(join(process.cwd(), "rel"));
  });

  it("otherwise XDG_DATA_HOME/convlab from the env given, on Linux and the like", async () => {
    expect(dataDir({ XDG_DATA_HOME: "/xdg/data" }, "linux")).toBe("/xdg/data/convlab");
    expect(dataDir({ XDG_DATA_HOME: "/xdg/data", CONVLAB_HOME: "" }, "freebsd")).toBe("/xdg/data/convlab");
  });

  it("a relative XDG_DATA_HOME is ignored (XDG rule): ~/.local/share/convlab", async () => {
    const saved = process.env.XDG_DATA_HOME;
    delete process.env.XDG_DATA_HOME;
    try {
      expect(dataDir({ XDG_DATA_HOME: "rel/data" }, "linux")).toBe(join(homedir(), ".local", "share", "convlab"));
    } finally {
      if (saved !== undefined) process.env.XDG_DATA_HOME = saved;
    }
  });

  it("a relative XDG_DATA_HOME in the process's own environment is ignored too", () => {
    const saved = process.env.XDG_DATA_HOME;
    process.env.XDG_DATA_HOME = "rel/data";
    try {
      expect(dataDir(process.env, "linux")).toBe(join(homedir(), ".local", "share", "convlab"));
      expect(process.env.XDG_DATA_HOME).toBe("rel/data");
    } finally {
      if (saved === undefined) delete process.env.XDG_DATA_HOME;
      else process.env.XDG_DATA_HOME = saved;
    }
  });

  it("openStore reads CONVLAB_HOME from the env it is given", async () => {
    expect(openStore({ env: { CONVLAB_HOME: dir } }).path).toBe(file());
  });
});

describe("loading", () => {
  it("a missing file is a fresh start, with no warning and no file created", async () => {
    const { progress, warnings } = await (await openStore({ dir }).load());
    expect(progress).toEqual(emptyProgress());
    expect(warnings).toEqual([]);
    expect(readdirSync(dir)).toEqual([]);
  });

  it("saves and loads back, creating missing directories", async () => {
    const nested = join(dir, "a", "b");
    const r = await openStore({ dir: nested }).update(solved);
    expect(r.warnings).toEqual([]);
    expect(await openStore({ dir: nested }).load()).toEqual({ progress: solved(), warnings: [] });
    expect(JSON.parse(readFileSync(join(nested, "progress.json"), "utf8")).version).toBe(1);
  });

  it("a truncated write (half a file) is moved aside, said in one line, fresh state", async () => {
    const full = JSON.stringify(solved(), null, 2);
    const half = full.slice(0, Math.floor(full.length / 2));
    writeFileSync(file(), half);
    const { progress, warnings } = (await openStore({ dir, now: clock }).load());
    expect(progress).toEqual(emptyProgress());
    const moved = `${file()}.corrupt-${STAMP}`;
    expect(warnings).toEqual([{ kind: "moved-aside", path: file(), movedTo: moved, problem: { kind: "json" } }]);
    expect(readFileSync(moved, "utf8")).toBe(half); // the learner's bytes are kept, not deleted
    expect(fs.existsSync(file())).toBe(false);
    expect(warningText(warnings[0]!, "en")).toBe(
      `Progress file ${file()} was damaged (not valid JSON, perhaps a cut-short write); moved it to ${moved} and started afresh.`,
    );
  });

  it.each([
    ["an empty file", ""],
    ["binary garbage", Buffer.from([0xff, 0xfe, 0x00, 0x13, 0x88, 0x9c])],
    ["text that is not JSON", "hello\n"],
  ])("%s is moved aside as damaged", async (_name, content) => {
    writeFileSync(file(), content);
    const { progress, warnings } = (await openStore({ dir, now: clock }).load());
    expect(progress).toEqual(emptyProgress());
    expect(warnings.map((w) => w.kind === "moved-aside" && w.problem.kind)).toEqual(["json"]);
    expect(readdirSync(dir)).toEqual([`progress.json.corrupt-${STAMP}`]);
  });

  it.each([
    ["an array", "[]"],
    ["a lesson entry of the wrong type", '{"version":1,"lessons":{"a":true},"exercises":{}}'],
    ["no exercises", '{"version":1,"lessons":{}}'],
  ])("wrong shape (%s) is moved aside", async (_name, content) => {
    writeFileSync(file(), content);
    const { warnings } = (await openStore({ dir, now: clock }).load());
    expect(warnings).toHaveLength(1);
    const w = warnings[0]!;
    expect(w.kind === "moved-aside" && w.problem.kind).toBe("shape");
    expect(warningText(w, "en")).toMatch(/not a convlab progress file \(.+\)/);
  });

  it("a file from a future version is moved aside with the version named", async () => {
    writeFileSync(file(), '{"version":7,"lessons":{},"exercises":{},"badges":[]}');
    const { progress, warnings } = (await openStore({ dir, now: clock }).load());
    expect(progress).toEqual(emptyProgress());
    const w = warnings[0]!;
    expect(w).toMatchObject({ kind: "moved-aside", problem: { kind: "version", version: 7 } });
    expect(warningText(w, "en")).toContain("written by a newer convlab (format 7; this one reads 1");
    expect(warningText(w, "en")).not.toContain("damaged");
    expect(warningText(w, "zh")).toContain("由更新版本的 convlab 写入（格式版本 7");
    expect(readdirSync(dir)).toEqual([`progress.json.corrupt-${STAMP}`]); // kept aside, not deleted
  });

  it.each([0, "1", null])("a file of an unknown, not newer, version (%j) is from another convlab version", async (version) => {
    writeFileSync(file(), JSON.stringify({ version, lessons: {}, exercises: {} }));
    const w = (await openStore({ dir, now: clock }).load()).warnings[0]!;
    expect(warningText(w, "en")).toContain(`from another convlab version (format ${JSON.stringify(version)}; this one reads 1)`);
    expect(warningText(w, "en")).not.toContain("newer");
  });

  it.each([
    ['{"version":1,"lessons":[],"exercises":{}}', "lessons is not an object", "lessons 不是对象"],
    ["[]", "not a JSON object", "不是 JSON 对象"],
    ['{"lessons":{},"exercises":{}}', "no version", "没有 version 字段"],
    ['{"version":1,"lessons":{},"exercises":{"e":{"seen":true}}}', "exercises.e is not {seen, done, attempts}", "exercises.e 不是 {seen, done, attempts}"],
  ])("a wrong shape (%s) is told in the reader's language: no English inside the Chinese warning", async (content, en, zh) => {
    writeFileSync(file(), content);
    const w = (await openStore({ dir, now: clock }).load()).warnings[0]!;
    expect(warningText(w, "en")).toContain(`not a convlab progress file (${en})`);
    expect(warningText(w, "zh")).toContain(`不是 convlab 的进度文件（${zh}）`);
    expect(warningText(w, "zh")).not.toMatch(/\b(is|not|no|object)\b/);
  });

  it("a directory where the file should be is left alone, said once, and never saved over", async () => {
    fs.mkdirSync(file());
    const store = openStore({ dir, now: clock });
    const { warnings } = await store.load();
    expect(warnings).toEqual([{ kind: "not-read", path: file(), problem: { kind: "not-regular", what: "directory" } }]);
    expect(warningText(warnings[0]!, "en")).toBe(`Progress file ${file()} is not a regular file (it is a directory); convlab leaves it alone and goes on, but will not save progress this session.`);
    const r = await store.update(solved);
    expect(r).toEqual({ progress: solved(), warnings: [], saved: false });
    expect(fs.statSync(file()).isDirectory()).toBe(true);
    expect(readdirSync(dir)).toEqual(["progress.json"]);
  });

  it("a file that cannot be read (EACCES) is not called corrupt, not moved, not saved over", async () => {
    writeFileSync(file(), JSON.stringify(solved()));
    const denied = failing("open", "EACCES");
    const store = openStore({ dir, now: clock, fs: { ...nodeStoreFs, open: (p, flags, mode) => (p === file() ? denied.open(p, flags, mode) : nodeStoreFs.open(p, flags, mode)) } });
    const { progress, warnings } = await store.load();
    expect(progress).toEqual(emptyProgress());
    expect(warnings).toEqual([{ kind: "not-read", path: file(), problem: { kind: "unreadable", error: { code: "EACCES", message: "EACCES: injected" } } }]);
    const text = warningText(warnings[0]!, "en");
    expect(text).toContain("cannot be read (EACCES: permission denied)");
    expect(text).not.toMatch(/damaged|corrupt|moved/);
    expect((await store.update((p) => markLessonDone(p, "x"))).saved).toBe(false);
    expect(readdirSync(dir)).toEqual(["progress.json"]);
    expect(JSON.parse(readFileSync(file(), "utf8"))).toEqual(JSON.parse(JSON.stringify(solved())));
  });

  it("two bad files in the same second get distinct names", async () => {
    writeFileSync(file(), "{");
    (await openStore({ dir, now: clock }).load());
    writeFileSync(file(), "}");
    const { warnings } = (await openStore({ dir, now: clock }).load());
    expect(warnings[0]).toMatchObject({ movedTo: `${file()}.corrupt-${STAMP}-2` });
    expect(readdirSync(dir).sort()).toEqual([`progress.json.corrupt-${STAMP}`, `progress.json.corrupt-${STAMP}-2`]);
  });

  it("after moving a bad file aside, saving works again", async () => {
    writeFileSync(file(), "{ broken");
    const store = openStore({ dir, now: clock });
    await store.load();
    expect((await store.update(solved)).warnings).toEqual([]);
    expect((await openStore({ dir }).load()).progress).toEqual(solved());
  });

  it("a bad file that cannot be moved aside is left alone and never saved over", async () => {
    writeFileSync(file(), "garbage");
    const store = openStore({ dir, now: clock, fs: failing("rename", "EACCES") });
    const { warnings } = await store.load();
    expect(warnings).toEqual([
      { kind: "kept-aside", path: file(), problem: { kind: "json" }, error: { code: "EACCES", message: "EACCES: injected" } },
    ]);
    const r = await store.update(solved);
    expect(r.progress).toEqual(solved()); // the session still tracks progress in memory
    expect(r.warnings).toEqual([]); // said once, at load
    expect(readFileSync(file(), "utf8")).toBe("garbage");
  });
});

describe("saving", () => {
  it("writes a temp file in the same directory, fsyncs it, then renames it over the file", async () => {
    const calls: string[] = [];
    let tmpFd = -1;
    const spy: StoreFs = {
      ...nodeStoreFs,
      open: async (path, flags, mode) => {
        const fd = await nodeStoreFs.open(path, flags, mode);
        if (flags === "wx") {
          tmpFd = fd;
          calls.push(`open(${path.replace(dir, "<dir>")}, wx)`);
        }
        return fd;
      },
      write: async (fd, ...rest) => (fd === tmpFd && calls.push("write"), nodeStoreFs.write(fd, ...rest)),
      fsync: async (fd) => (fd === tmpFd && calls.push("fsync"), nodeStoreFs.fsync(fd)),
      close: async (fd) => (fd === tmpFd && calls.push("close"), nodeStoreFs.close(fd)),
      rename: async (from, to) => ((tmpFd = -1), calls.push(`rename(${from.replace(dir, "<dir>")}, ${to.replace(dir, "<dir>")})`), nodeStoreFs.rename(from, to)),
    };
    await openStore({ dir, fs: spy }).update(solved);
    const tmp = calls[0]!.match(/open\((<dir>\/\.progress\.json\.\d+\.[0-9a-f]+\.tmp), wx\)/)?.[1];
    expect(tmp, calls[0]).toBeDefined();
    expect(calls).toEqual([`open(${tmp}, wx)`, "write", "fsync", "close", `rename(${tmp}, <dir>/progress.json)`]);
    expect(readdirSync(dir)).toEqual(["progress.json"]);
  });

  it("a full disk mid-write leaves the old file whole and no temp file; warned once", async () => {
    await openStore({ dir }).update(solved);
    const before = readFileSync(file(), "utf8");
    // write half of the bytes, then fail as a full disk does
    const fullDisk = failing("write", "ENOSPC", (fd: number, buf: Buffer, off: number, len: number) => nodeStoreFs.write(fd, buf, off, Math.floor(len / 2)));
    const store = openStore({ dir, fs: fullDisk });
    await store.load();
    const r1 = await store.update((p) => recordAttempt(p, "diagonal-edge", false));
    expect(r1.warnings).toEqual([{ kind: "not-saved", path: file(), error: { code: "ENOSPC", message: "ENOSPC: injected" } }]);
    expect(warningText(r1.warnings[0]!, "en")).toContain("(ENOSPC: disk full)");
    expect(r1.progress.exercises["diagonal-edge"]).toEqual({ seen: true, done: false, attempts: 1 });
    const r2 = await store.update((p) => recordAttempt(p, "diagonal-edge", true));
    expect(r2.warnings).toEqual([]); // one warning per session
    expect(r2.progress.exercises["diagonal-edge"]).toEqual({ seen: true, done: true, attempts: 2 });
    expect(readFileSync(file(), "utf8")).toBe(before);
    expect(readdirSync(dir)).toEqual(["progress.json"]);
  });

  it("a crash between write and rename leaves the old file whole", async () => {
    await openStore({ dir }).update(solved);
    const before = readFileSync(file(), "utf8");
    const r = await openStore({ dir, fs: failing("rename", "EIO") }).update(() => emptyProgress());
    expect(r.warnings[0]).toMatchObject({ kind: "not-saved", error: { code: "EIO" } });
    expect(readFileSync(file(), "utf8")).toBe(before);
    expect(readdirSync(dir)).toEqual(["progress.json"]);
  });

  it("a temp file left by a killed process is ignored on load", async () => {
    await openStore({ dir }).update(solved);
    writeFileSync(join(dir, ".progress.json.999.deadbeef.tmp"), '{"version":1,"less');
    expect((await openStore({ dir }).load())).toEqual({ progress: solved(), warnings: [] });
  });

  it("a read-only place (a file where the directory should be): not saved, said once, still works", async () => {
    writeFileSync(join(dir, "plain-file"), "");
    const store = openStore({ dir: join(dir, "plain-file", "convlab") });
    expect(await store.load()).toEqual({ progress: emptyProgress(), warnings: [] });
    const r1 = await store.update(solved);
    expect(r1.progress).toEqual(solved());
    expect(r1.warnings).toMatchObject([{ kind: "not-saved", error: { code: "ENOTDIR" } }]);
    expect((await store.update((p) => markLessonDone(p, "learn-kernel"))).warnings).toEqual([]);
    expect((await store.reset()).warnings).toEqual([]);
  });

  it("the data folder is a file (CONVLAB_HOME=a file): EEXIST is explained, naming the file", async () => {
    writeFileSync(join(dir, "plain-file"), "");
    const r = await openStore({ dir: join(dir, "plain-file") }).reset();
    expect(r.warnings).toMatchObject([{ kind: "not-saved", error: { code: "EEXIST", syscall: "mkdir", path: join(dir, "plain-file") } }]);
    expect(warningText(r.warnings[0]!, "en")).toContain(`(EEXIST: ${join(dir, "plain-file")} is a file, not a folder)`);
    expect(warningText(r.warnings[0]!, "zh")).toContain(`（EEXIST：${join(dir, "plain-file")} 是文件，不是目录）`);
  });

  it.each(["EACCES", "EROFS"])("a read-only directory (%s): not saved, said once, still works", async (code) => {
    // creating the temp file fails; reading (there is nothing to read) is not touched
    const creating = failing("open", code);
    const store = openStore({ dir, fs: { ...nodeStoreFs, open: (path, flags, mode) => (flags === "wx" ? creating.open(path, flags, mode) : nodeStoreFs.open(path, flags, mode)) } });
    const r1 = await store.update(solved);
    expect(r1.warnings).toMatchObject([{ kind: "not-saved", error: { code } }]);
    expect(r1.progress).toEqual(solved());
    expect((await store.update((p) => p)).warnings).toEqual([]);
    expect(readdirSync(dir)).toEqual([]);
  });

  it.skipIf(process.getuid?.() === 0)("a real read-only directory (chmod 555; root ignores it, so skipped as root)", async () => {
    fs.chmodSync(dir, 0o555);
    const store = openStore({ dir });
    const r = await store.update(solved);
    expect(r.warnings).toMatchObject([{ kind: "not-saved", error: { code: "EACCES" } }]);
    expect(r.progress).toEqual(solved());
  });

  it("update merges what another convlab saved meanwhile", async () => {
    const lab = openStore({ dir });
    await lab.load();
    const cli = openStore({ dir });
    await cli.update((p) => recordAttempt(p, "horizontal-edge", true)); // `convlab check` in another terminal
    const r = await lab.update((p) => markLessonDone(p, "cross-correlation"));
    expect(r.progress.exercises["horizontal-edge"]).toEqual({ seen: true, done: true, attempts: 1 });
    expect((await openStore({ dir }).load()).progress).toEqual(r.progress);
  });

  it("reset clears everything on disk", async () => {
    const store = openStore({ dir });
    await store.update(solved);
    expect(await store.reset()).toEqual({ progress: emptyProgress(1), warnings: [], saved: true });
    expect((await openStore({ dir }).load()).progress).toEqual(emptyProgress(1));
  });
});

describe("warning texts", () => {
  const warnings: StoreWarning[] = [
    { kind: "moved-aside", path: "/p", movedTo: "/p.corrupt-1", problem: { kind: "json" } },
    { kind: "moved-aside", path: "/p", movedTo: "/p.c", problem: { kind: "unreadable", error: { code: "EWHAT", message: "m" } } },
    { kind: "kept-aside", path: "/p", problem: { kind: "shape", detail: { kind: "no-version" } }, error: { message: "boom" } },
    { kind: "not-saved", path: "/p", error: { code: "EROFS", message: "EROFS: x" } },
  ];
  it.each(warnings)("is one line naming the file in both languages: %j", async (w) => {
    for (const lang of ["en", "zh"] as const) {
      const text = warningText(w, lang);
      expect(text).not.toContain("\n");
      expect(text).toContain("/p");
    }
    expect(warningText(w, "zh")).toMatch(/[\u4e00-\u9fff]/);
  });
});
