// The progress file on every bad day: missing, cut short, garbage, wrong shape, another
// version, unreadable, read-only, full disk, a crash mid-write.
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
import type { StoreFs } from "../../src/store/file.ts";

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
function failing(name: keyof StoreFs, code: string, before?: (...args: any[]) => void): StoreFs {
  return {
    ...fs,
    [name]: (...args: any[]) => {
      before?.(...args);
      throw Object.assign(new Error(`${code}: injected`), { code });
    },
  } as StoreFs;
}

const solved = () => recordAttempt(markLessonDone(emptyProgress(), "cross-correlation"), "horizontal-edge", true);

describe("where progress lives", () => {
  it("CONVLAB_HOME wins, made absolute", () => {
    expect(dataDir({ CONVLAB_HOME: "/srv/c" })).toBe("/srv/c");
    expect(dataDir({ CONVLAB_HOME: "rel" })).toBe(join(process.cwd(), "rel"));
  });

  it("otherwise XDG_DATA_HOME/convlab from the env given, on Linux and the like", () => {
    expect(dataDir({ XDG_DATA_HOME: "/xdg/data" }, "linux")).toBe("/xdg/data/convlab");
    expect(dataDir({ XDG_DATA_HOME: "/xdg/data", CONVLAB_HOME: "" }, "freebsd")).toBe("/xdg/data/convlab");
  });

  it("a relative XDG_DATA_HOME is ignored (XDG rule): ~/.local/share/convlab", () => {
    const saved = process.env.XDG_DATA_HOME;
    delete process.env.XDG_DATA_HOME;
    try {
      expect(dataDir({ XDG_DATA_HOME: "rel/data" }, "linux")).toBe(join(homedir(), ".local", "share", "convlab"));
    } finally {
      if (saved !== undefined) process.env.XDG_DATA_HOME = saved;
    }
  });

  it("openStore reads CONVLAB_HOME from the env it is given", () => {
    expect(openStore({ env: { CONVLAB_HOME: dir } }).path).toBe(file());
  });
});

describe("loading", () => {
  it("a missing file is a fresh start, with no warning and no file created", () => {
    const { progress, warnings } = openStore({ dir }).load();
    expect(progress).toEqual(emptyProgress());
    expect(warnings).toEqual([]);
    expect(readdirSync(dir)).toEqual([]);
  });

  it("saves and loads back, creating missing directories", () => {
    const nested = join(dir, "a", "b");
    const r = openStore({ dir: nested }).update(solved);
    expect(r.warnings).toEqual([]);
    expect(openStore({ dir: nested }).load()).toEqual({ progress: solved(), warnings: [] });
    expect(JSON.parse(readFileSync(join(nested, "progress.json"), "utf8")).version).toBe(1);
  });

  it("a truncated write (half a file) is moved aside, said in one line, fresh state", () => {
    const full = JSON.stringify(solved(), null, 2);
    const half = full.slice(0, Math.floor(full.length / 2));
    writeFileSync(file(), half);
    const { progress, warnings } = openStore({ dir, now: clock }).load();
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
  ])("%s is moved aside as damaged", (_name, content) => {
    writeFileSync(file(), content);
    const { progress, warnings } = openStore({ dir, now: clock }).load();
    expect(progress).toEqual(emptyProgress());
    expect(warnings.map((w) => w.kind === "moved-aside" && w.problem.kind)).toEqual(["json"]);
    expect(readdirSync(dir)).toEqual([`progress.json.corrupt-${STAMP}`]);
  });

  it.each([
    ["an array", "[]"],
    ["a lesson entry of the wrong type", '{"version":1,"lessons":{"a":true},"exercises":{}}'],
    ["no exercises", '{"version":1,"lessons":{}}'],
  ])("wrong shape (%s) is moved aside", (_name, content) => {
    writeFileSync(file(), content);
    const { warnings } = openStore({ dir, now: clock }).load();
    expect(warnings).toHaveLength(1);
    const w = warnings[0]!;
    expect(w.kind === "moved-aside" && w.problem.kind).toBe("shape");
    expect(warningText(w, "en")).toMatch(/not a convlab progress file \(.+\)/);
  });

  it("a file from a future version is moved aside with the version named", () => {
    writeFileSync(file(), '{"version":7,"lessons":{},"exercises":{},"badges":[]}');
    const { progress, warnings } = openStore({ dir, now: clock }).load();
    expect(progress).toEqual(emptyProgress());
    const w = warnings[0]!;
    expect(w).toMatchObject({ kind: "moved-aside", problem: { kind: "version", version: 7 } });
    expect(warningText(w, "en")).toContain("written by a newer convlab (format 7; this one reads 1");
    expect(warningText(w, "en")).not.toContain("damaged");
    expect(warningText(w, "zh")).toContain("由更新版本的 convlab 写入（格式版本 7");
    expect(readdirSync(dir)).toEqual([`progress.json.corrupt-${STAMP}`]); // kept aside, not deleted
  });

  it.each([0, "1", null])("a file of an unknown, not newer, version (%j) is from another convlab version", (version) => {
    writeFileSync(file(), JSON.stringify({ version, lessons: {}, exercises: {} }));
    const w = openStore({ dir, now: clock }).load().warnings[0]!;
    expect(warningText(w, "en")).toContain(`from another convlab version (format ${JSON.stringify(version)}; this one reads 1)`);
    expect(warningText(w, "en")).not.toContain("newer");
  });

  it.each([
    ['{"version":1,"lessons":[],"exercises":{}}', "lessons is not an object", "lessons 不是对象"],
    ["[]", "not a JSON object", "不是 JSON 对象"],
    ['{"lessons":{},"exercises":{}}', "no version", "没有 version 字段"],
    ['{"version":1,"lessons":{},"exercises":{"e":{"seen":true}}}', "exercises.e is not {seen, done, attempts}", "exercises.e 不是 {seen, done, attempts}"],
  ])("a wrong shape (%s) is told in the reader's language: no English inside the Chinese warning", (content, en, zh) => {
    writeFileSync(file(), content);
    const w = openStore({ dir, now: clock }).load().warnings[0]!;
    expect(warningText(w, "en")).toContain(`not a convlab progress file (${en})`);
    expect(warningText(w, "zh")).toContain(`不是 convlab 的进度文件（${zh}）`);
    expect(warningText(w, "zh")).not.toMatch(/\b(is|not|no|object)\b/);
  });

  it("an unreadable path (a directory where the file should be) is moved aside", () => {
    fs.mkdirSync(file());
    const { warnings } = openStore({ dir, now: clock }).load();
    expect(warnings[0]).toMatchObject({
      kind: "moved-aside",
      problem: { kind: "unreadable", error: { code: "EISDIR" } },
    });
    expect(warningText(warnings[0]!, "en")).toContain("unreadable (EISDIR: it is a directory)");
  });

  it("two bad files in the same second get distinct names", () => {
    writeFileSync(file(), "{");
    openStore({ dir, now: clock }).load();
    writeFileSync(file(), "}");
    const { warnings } = openStore({ dir, now: clock }).load();
    expect(warnings[0]).toMatchObject({ movedTo: `${file()}.corrupt-${STAMP}-2` });
    expect(readdirSync(dir).sort()).toEqual([`progress.json.corrupt-${STAMP}`, `progress.json.corrupt-${STAMP}-2`]);
  });

  it("after moving a bad file aside, saving works again", () => {
    writeFileSync(file(), "{ broken");
    const store = openStore({ dir, now: clock });
    store.load();
    expect(store.update(solved).warnings).toEqual([]);
    expect(openStore({ dir }).load().progress).toEqual(solved());
  });

  it("a bad file that cannot be moved aside is left alone and never saved over", () => {
    writeFileSync(file(), "garbage");
    const store = openStore({ dir, now: clock, fs: failing("renameSync", "EACCES") });
    const { warnings } = store.load();
    expect(warnings).toEqual([
      { kind: "kept-aside", path: file(), problem: { kind: "json" }, error: { code: "EACCES", message: "EACCES: injected" } },
    ]);
    const r = store.update(solved);
    expect(r.progress).toEqual(solved()); // the session still tracks progress in memory
    expect(r.warnings).toEqual([]); // said once, at load
    expect(readFileSync(file(), "utf8")).toBe("garbage");
  });
});

describe("saving", () => {
  it("writes a temp file in the same directory, fsyncs it, then renames it over the file", () => {
    const calls: string[] = [];
    const spy = new Proxy(fs, {
      get(target, name: string) {
        const real = (target as any)[name];
        if (!["openSync", "writeSync", "fsyncSync", "closeSync", "renameSync"].includes(name)) return real;
        return (...args: any[]) => {
          const shown = args.filter((a) => typeof a === "string").map((a: string) => a.replace(dir, "<dir>"));
          calls.push(`${name}(${shown.join(", ")})`);
          return real(...args);
        };
      },
    });
    openStore({ dir, fs: spy as StoreFs }).update(solved);
    const tmp = calls[0]!.match(/openSync\((<dir>\/\.progress\.json\.\d+\.[0-9a-f]+\.tmp), wx\)/)?.[1];
    expect(tmp, calls[0]).toBeDefined();
    expect(calls.slice(0, 5)).toEqual([
      `openSync(${tmp}, wx)`,
      "writeSync()",
      "fsyncSync()",
      "closeSync()",
      `renameSync(${tmp}, <dir>/progress.json)`,
    ]);
    expect(readdirSync(dir)).toEqual(["progress.json"]);
  });

  it("a full disk mid-write leaves the old file whole and no temp file; warned once", () => {
    openStore({ dir }).update(solved);
    const before = readFileSync(file(), "utf8");
    // write half of the bytes, then fail as a full disk does
    const fullDisk = failing("writeSync", "ENOSPC", (fd: number, buf: Buffer, off: number, len: number) => {
      fs.writeSync(fd, buf, off, Math.floor(len / 2));
    });
    const store = openStore({ dir, fs: fullDisk });
    store.load();
    const r1 = store.update((p) => recordAttempt(p, "diagonal-edge", false));
    expect(r1.warnings).toEqual([{ kind: "not-saved", path: file(), error: { code: "ENOSPC", message: "ENOSPC: injected" } }]);
    expect(warningText(r1.warnings[0]!, "en")).toContain("(ENOSPC: disk full)");
    expect(r1.progress.exercises["diagonal-edge"]).toEqual({ seen: true, done: false, attempts: 1 });
    const r2 = store.update((p) => recordAttempt(p, "diagonal-edge", true));
    expect(r2.warnings).toEqual([]); // one warning per session
    expect(r2.progress.exercises["diagonal-edge"]).toEqual({ seen: true, done: true, attempts: 2 });
    expect(readFileSync(file(), "utf8")).toBe(before);
    expect(readdirSync(dir)).toEqual(["progress.json"]);
  });

  it("a crash between write and rename leaves the old file whole", () => {
    openStore({ dir }).update(solved);
    const before = readFileSync(file(), "utf8");
    const r = openStore({ dir, fs: failing("renameSync", "EIO") }).update(() => emptyProgress());
    expect(r.warnings[0]).toMatchObject({ kind: "not-saved", error: { code: "EIO" } });
    expect(readFileSync(file(), "utf8")).toBe(before);
    expect(readdirSync(dir)).toEqual(["progress.json"]);
  });

  it("a temp file left by a killed process is ignored on load", () => {
    openStore({ dir }).update(solved);
    writeFileSync(join(dir, ".progress.json.999.deadbeef.tmp"), '{"version":1,"less');
    expect(openStore({ dir }).load()).toEqual({ progress: solved(), warnings: [] });
  });

  it("a read-only place (a file where the directory should be): not saved, said once, still works", () => {
    writeFileSync(join(dir, "plain-file"), "");
    const store = openStore({ dir: join(dir, "plain-file", "convlab") });
    expect(store.load()).toEqual({ progress: emptyProgress(), warnings: [] });
    const r1 = store.update(solved);
    expect(r1.progress).toEqual(solved());
    expect(r1.warnings).toMatchObject([{ kind: "not-saved", error: { code: "ENOTDIR" } }]);
    expect(store.update((p) => markLessonDone(p, "learn-kernel")).warnings).toEqual([]);
    expect(store.reset().warnings).toEqual([]);
  });

  it("the data folder is a file (CONVLAB_HOME=a file): EEXIST is explained, naming the file", () => {
    writeFileSync(join(dir, "plain-file"), "");
    const r = openStore({ dir: join(dir, "plain-file") }).reset();
    expect(r.warnings).toMatchObject([{ kind: "not-saved", error: { code: "EEXIST", syscall: "mkdir", path: join(dir, "plain-file") } }]);
    expect(warningText(r.warnings[0]!, "en")).toContain(`(EEXIST: ${join(dir, "plain-file")} is a file, not a folder)`);
    expect(warningText(r.warnings[0]!, "zh")).toContain(`（EEXIST：${join(dir, "plain-file")} 是文件，不是目录）`);
  });

  it.each(["EACCES", "EROFS"])("a read-only directory (%s): not saved, said once, still works", (code) => {
    const store = openStore({ dir, fs: failing("openSync", code) });
    const r1 = store.update(solved);
    expect(r1.warnings).toMatchObject([{ kind: "not-saved", error: { code } }]);
    expect(r1.progress).toEqual(solved());
    expect(store.update((p) => p).warnings).toEqual([]);
    expect(readdirSync(dir)).toEqual([]);
  });

  it.skipIf(process.getuid?.() === 0)("a real read-only directory (chmod 555; root ignores it, so skipped as root)", () => {
    fs.chmodSync(dir, 0o555);
    const store = openStore({ dir });
    const r = store.update(solved);
    expect(r.warnings).toMatchObject([{ kind: "not-saved", error: { code: "EACCES" } }]);
    expect(r.progress).toEqual(solved());
  });

  it("update merges what another convlab saved meanwhile", () => {
    const lab = openStore({ dir });
    lab.load();
    const cli = openStore({ dir });
    cli.update((p) => recordAttempt(p, "horizontal-edge", true)); // `convlab check` in another terminal
    const r = lab.update((p) => markLessonDone(p, "cross-correlation"));
    expect(r.progress.exercises["horizontal-edge"]).toEqual({ seen: true, done: true, attempts: 1 });
    expect(openStore({ dir }).load().progress).toEqual(r.progress);
  });

  it("reset clears everything on disk", () => {
    const store = openStore({ dir });
    store.update(solved);
    expect(store.reset()).toEqual({ progress: emptyProgress(), warnings: [] });
    expect(openStore({ dir }).load().progress).toEqual(emptyProgress());
  });
});

describe("warning texts", () => {
  const warnings: StoreWarning[] = [
    { kind: "moved-aside", path: "/p", movedTo: "/p.corrupt-1", problem: { kind: "json" } },
    { kind: "moved-aside", path: "/p", movedTo: "/p.c", problem: { kind: "unreadable", error: { code: "EWHAT", message: "m" } } },
    { kind: "kept-aside", path: "/p", problem: { kind: "shape", detail: { kind: "no-version" } }, error: { message: "boom" } },
    { kind: "not-saved", path: "/p", error: { code: "EROFS", message: "EROFS: x" } },
  ];
  it.each(warnings)("is one line naming the file in both languages: %j", (w) => {
    for (const lang of ["en", "zh"] as const) {
      const text = warningText(w, lang);
      expect(text).not.toContain("\n");
      expect(text).toContain("/p");
    }
    expect(warningText(w, "zh")).toMatch(/[\u4e00-\u9fff]/);
  });
});
