// The progress store: where the file lives, loading it (moving a bad one aside), and saving
// it atomically. The lab and the CLI hold one store each; nothing else touches these files.
import envPaths from "env-paths";
import * as nodeFs from "node:fs";
import { isAbsolute, join, resolve } from "node:path";
import { moveAside, readText, writeFileAtomic, type StoreFs } from "./file.ts";
import { errorInfo, type FileProblem, type StoreWarning } from "./messages.ts";
import { mergeProgress } from "./progress.ts";
import { emptyProgress, parseProgress, type Progress } from "./schema.ts";

export const PROGRESS_FILE = "progress.json";

/** CONVLAB_HOME if set, else the user's data directory (XDG_DATA_HOME/convlab, ~/.local/share/convlab…). */
export function dataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (env.CONVLAB_HOME) return resolve(env.CONVLAB_HOME);
  // XDG: read from the env we were given (env-paths reads process.env); a relative path is invalid and ignored.
  const xdg = env.XDG_DATA_HOME;
  if (platform !== "darwin" && platform !== "win32" && xdg && isAbsolute(xdg)) return join(xdg, "convlab");
  return envPaths("convlab", { suffix: "" }).data;
}

export interface StoreOptions {
  /** Directory of the progress file; default dataDir(env). */
  dir?: string;
  env?: NodeJS.ProcessEnv;
  /** For tests: a file system with a failing call, a fixed clock. */
  fs?: StoreFs;
  now?: () => Date;
}

export interface Loaded {
  progress: Progress;
  /** To show once (a bad file moved aside, or kept and not saved over). */
  warnings: StoreWarning[];
}

export interface ProgressStore {
  readonly path: string;
  /** Reads the file. Missing → fresh start; bad → moved aside, a warning, fresh start. Never throws. */
  load(): Loaded;
  /**
   * Applies a change to the latest progress (what this store holds merged with what another
   * convlab may have saved since) and saves it. The change is kept in memory even when it
   * cannot be saved. Never throws.
   */
  update(change: (p: Progress) => Progress): Loaded;
  /** Clears all progress (no merge with the old file). Never throws. */
  reset(): Loaded;
}

export function openStore(options: StoreOptions = {}): ProgressStore {
  const fs = options.fs ?? nodeFs;
  const now = options.now ?? (() => new Date());
  const path = join(options.dir ?? dataDir(options.env), PROGRESS_FILE);
  let current = emptyProgress();
  let loaded = false;
  let canSave = true; // false while a bad file we could not move aside sits at `path`
  let warnedNotSaved = false;

  /** The file's progress, or undefined (missing / bad — a bad one is dealt with here). */
  function readFile(warnings: StoreWarning[]): Progress | undefined {
    const read = readText(path, fs);
    if (read.kind === "missing") return undefined;
    let problem: FileProblem;
    if (read.kind === "unreadable") {
      problem = { kind: "unreadable", error: errorInfo(read.error) };
    } else {
      let data: unknown;
      try {
        data = JSON.parse(read.text);
      } catch {
        data = undefined;
      }
      if (data === undefined) problem = { kind: "json" };
      else {
        const parsed = parseProgress(data);
        if (parsed.ok) return parsed.progress;
        problem = parsed.problem;
      }
    }
    try {
      warnings.push({ kind: "moved-aside", path, movedTo: moveAside(path, now(), fs), problem });
    } catch (error) {
      canSave = false;
      warnings.push({ kind: "kept-aside", path, problem, error: errorInfo(error) });
    }
    return undefined;
  }

  function save(warnings: StoreWarning[]): void {
    if (!canSave) return;
    try {
      writeFileAtomic(path, JSON.stringify(current, null, 2) + "\n", fs);
    } catch (error) {
      if (!warnedNotSaved) warnings.push({ kind: "not-saved", path, error: errorInfo(error) });
      warnedNotSaved = true;
    }
  }

  return {
    path,
    load() {
      const warnings: StoreWarning[] = [];
      current = readFile(warnings) ?? emptyProgress();
      loaded = true;
      return { progress: current, warnings };
    },
    update(change) {
      const warnings: StoreWarning[] = [];
      const onDisk = canSave ? readFile(warnings) : undefined;
      const base = loaded && onDisk ? mergeProgress(current, onDisk) : (onDisk ?? current);
      loaded = true;
      current = change(base);
      save(warnings);
      return { progress: current, warnings };
    },
    reset() {
      const warnings: StoreWarning[] = [];
      current = emptyProgress();
      loaded = true;
      save(warnings);
      return { progress: current, warnings };
    },
  };
}
