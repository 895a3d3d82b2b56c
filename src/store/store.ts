// The progress store: where the file lives, loading it (moving a bad one aside), and saving it.
// Every save is a read-modify-write under the lock (lock.ts): the change is applied to what is on
// disk at that moment, so two convlabs never overwrite each other's progress. A change that could
// not be saved (the lock busy, a full disk) is kept and replayed at the next save, unless a reset
// came in between (the file's generation went up: the reset wins over older state).
import envPaths from "env-paths";
import { dirname, isAbsolute, join, resolve } from "node:path";
import { FS_TIME_LIMIT_MS, moveAside, nodeStoreFs, readBounded, timed, writeFileAtomic, type StoreFs } from "./file.ts";
import { LOCK_WAIT_MS, LockBusyError, withLock } from "./lock.ts";
import { errorInfo, type FileProblem, type StoreWarning } from "./messages.ts";
import { clearedProgress } from "./progress.ts";
import { emptyProgress, parseProgress, type Progress } from "./schema.ts";

export const PROGRESS_FILE = "progress.json";
/** A progress file is a few kilobytes; anything over this is not one (and is never read whole). */
export const MAX_PROGRESS_BYTES = 1024 * 1024;

/** CONVLAB_HOME if set, else the user's data directory (XDG_DATA_HOME/convlab, ~/.local/share/convlab…). */
export function dataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (env.CONVLAB_HOME) return resolve(env.CONVLAB_HOME);
  // XDG: read from the env we were given; a relative path is invalid and ignored (the spec says
  // so). env-paths reads process.env itself, so it is asked with XDG_DATA_HOME out of the way.
  const xdg = env.XDG_DATA_HOME;
  if (platform !== "darwin" && platform !== "win32" && xdg && isAbsolute(xdg)) return join(xdg, "convlab");
  const saved = process.env.XDG_DATA_HOME;
  delete process.env.XDG_DATA_HOME;
  try {
    return envPaths("convlab", { suffix: "" }).data;
  } finally {
    if (saved !== undefined) process.env.XDG_DATA_HOME = saved;
  }
}

export interface StoreOptions {
  /** Directory of the progress file; default dataDir(env). */
  dir?: string;
  env?: NodeJS.ProcessEnv;
  /** For tests: a file system with a failing or hanging call, a fixed clock, shorter limits. */
  fs?: StoreFs;
  now?: () => Date;
  lockWaitMs?: number;
  fsTimeLimitMs?: number;
}

export interface Loaded {
  progress: Progress;
  /** To show once (a bad file moved aside, or kept and not saved over). */
  warnings: StoreWarning[];
}

export interface Saved extends Loaded {
  /** The change is on disk (false: kept in memory, and the warnings say why). */
  saved: boolean;
}

export interface ProgressStore {
  readonly path: string;
  /** Reads the file. Missing → fresh start; bad → moved aside, a warning, fresh start. Never rejects. */
  load(): Promise<Loaded>;
  /**
   * Applies a change to the progress on disk, under the lock, and saves it. The change is kept in
   * memory (and saved with the next one) when it cannot be saved now. Never rejects.
   */
  update(change: (p: Progress) => Progress): Promise<Saved>;
  /** Clears all progress (the language setting stays) and raises the generation. Never rejects. */
  reset(): Promise<Saved>;
}

interface Pending {
  change: (p: Progress) => Progress;
  /** The generation this store knew when the change was made. */
  generation: number;
  /** A save was tried with it already (so it is older than any reset found now). */
  tried: boolean;
}

type Disk = { progress: Progress; mode?: number } | undefined;

export function openStore(options: StoreOptions = {}): ProgressStore {
  const fs = options.fs ?? nodeStoreFs;
  const now = options.now ?? (() => new Date());
  const ms = options.fsTimeLimitMs ?? FS_TIME_LIMIT_MS;
  const lockWait = options.lockWaitMs ?? LOCK_WAIT_MS;
  const path = join(options.dir ?? dataDir(options.env), PROGRESS_FILE);
  let current = emptyProgress();
  let pending: Pending[] = [];
  let canSave = true; // false while a file we could not read or move aside sits at `path`
  const said = new Set<StoreWarning["kind"]>(); // "not-saved" and "busy" are said once per session
  let queue: Promise<unknown> = Promise.resolve(); // one operation at a time within this process

  const serial = <T>(op: () => Promise<T>): Promise<T> => {
    const next = queue.then(op, op);
    queue = next.catch(() => {});
    return next;
  };

  const once = (warnings: StoreWarning[], w: StoreWarning) => {
    if (said.has(w.kind)) return;
    said.add(w.kind);
    warnings.push(w);
  };

  /**
   * The file's progress (and mode); undefined when missing, or bad: a bad regular file is moved
   * aside when `locked` (else only reported), one that cannot be read is left alone and saving stops.
   */
  async function readFile(warnings: StoreWarning[], locked: boolean): Promise<Disk | "bad"> {
    const read = await readBounded(path, MAX_PROGRESS_BYTES, fs, ms);
    if (read.kind === "missing") return undefined;
    if (read.kind === "unreadable" || read.kind === "not-regular") {
      const problem: FileProblem = read.kind === "unreadable" ? { kind: "unreadable", error: errorInfo(read.error) } : read;
      canSave = false;
      warnings.push({ kind: "not-read", path, problem });
      return undefined;
    }
    let problem: FileProblem;
    if (read.kind === "too-large") problem = { kind: "too-large", maxBytes: read.maxBytes };
    else {
      let data: unknown;
      try {
        data = JSON.parse(read.bytes.toString("utf8"));
      } catch {
        data = undefined;
      }
      if (data === undefined) problem = { kind: "json" };
      else {
        const parsed = parseProgress(data);
        if (parsed.ok) return { progress: parsed.progress, mode: read.mode };
        problem = parsed.problem;
      }
    }
    if (!locked) return "bad";
    try {
      warnings.push({ kind: "moved-aside", path, movedTo: await moveAside(path, now(), fs, ms), problem });
    } catch (error) {
      canSave = false;
      warnings.push({ kind: "kept-aside", path, problem, error: errorInfo(error) });
    }
    return undefined;
  }

  /** `work` under the lock (the directory made first: the lock lives beside the file); false if it could not run. */
  async function locked(warnings: StoreWarning[], work: () => Promise<boolean>): Promise<boolean> {
    try {
      const dir = dirname(path);
      await timed(fs.mkdir(dir, { recursive: true }), "mkdir", dir, ms);
      return await withLock(path, work, lockWait);
    } catch (error) {
      if (error instanceof LockBusyError) once(warnings, { kind: "busy", path });
      else once(warnings, { kind: "not-saved", path, error: errorInfo(error) });
      return false;
    }
  }

  /** Under the lock: read, apply `apply` to what is there (nothing: an empty progress), write. */
  function readModifyWrite(warnings: StoreWarning[], apply: (onDisk: Progress) => Progress): Promise<boolean> {
    return locked(warnings, async () => {
      const disk = await readFile(warnings, true);
      if (!canSave || disk === "bad") return false;
      const next = apply(disk?.progress ?? emptyProgress());
      await writeFileAtomic(path, JSON.stringify(next, null, 2) + "\n", disk?.mode, fs, ms);
      current = next;
      return true;
    });
  }

  return {
    path,
    load: () =>
      serial(async () => {
        const warnings: StoreWarning[] = [];
        let disk = await readFile(warnings, false);
        // A bad file is moved aside only under the lock (another convlab may be replacing it right now).
        if (disk === "bad") {
          await locked(warnings, async () => {
            const again = await readFile(warnings, true);
            disk = again === "bad" ? undefined : again;
            return true;
          });
          if (disk === "bad") disk = undefined;
        }
        current = disk?.progress ?? current;
        return { progress: current, warnings };
      }),
    update: (change) =>
      serial(async () => {
        const warnings: StoreWarning[] = [];
        pending.push({ change, generation: current.generation, tried: false });
        current = change(current); // what this session shows, saved or not
        if (!canSave) return { progress: current, warnings, saved: false };
        const replay = pending;
        const saved = await readModifyWrite(warnings, (onDisk) => {
          // A reset newer than a change that already failed to save wins over it.
          const kept = replay.filter((p) => !p.tried || p.generation >= onDisk.generation);
          return kept.reduce((p, { change }) => change(p), onDisk);
        });
        if (saved) pending = pending.filter((p) => !replay.includes(p));
        else for (const p of pending) p.tried = true;
        return { progress: current, warnings, saved };
      }),
    reset: () =>
      serial(async () => {
        const warnings: StoreWarning[] = [];
        const known = current.generation;
        pending = [];
        current = clearedProgress(current);
        if (!canSave) return { progress: current, warnings, saved: false };
        const saved = await readModifyWrite(warnings, (onDisk) => clearedProgress({ ...onDisk, generation: Math.max(onDisk.generation, known) }));
        return { progress: current, warnings, saved };
      }),
  };
}
