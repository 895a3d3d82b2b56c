// The only file-system code for state outside a run, and the one bounded read (the store's file
// and `convlab image`'s picture). Every call is asynchronous and has a time limit, so a FIFO, a
// device or a hung network mount never freezes convlab. Reads open without blocking, accept
// regular files only (after following symlinks) and read at most a limit, whatever the size says.
// Writes are atomic: a temp file in the same directory, fsync, then rename over the old file — a
// crash or a full disk leaves either the old file or the new one, never half of one.
import * as nodeFs from "node:fs";
import { randomBytes } from "node:crypto";
import { basename, dirname, join } from "node:path";
import { promisify } from "node:util";

/** The calls the store makes, promise-shaped; tests pass a copy with one of them failing or hanging. */
export interface StoreFs {
  open(path: string, flags: number | string, mode?: number): Promise<number>;
  fstat(fd: number): Promise<nodeFs.Stats>;
  read(fd: number, buffer: Buffer, offset: number, length: number, position: number | null): Promise<{ bytesRead: number }>;
  write(fd: number, buffer: Buffer, offset: number, length: number): Promise<{ bytesWritten: number }>;
  fchmod(fd: number, mode: number): Promise<void>;
  fsync(fd: number): Promise<void>;
  close(fd: number): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  unlink(path: string): Promise<void>;
  mkdir(path: string, options: { recursive: true }): Promise<string | undefined>;
  readdir(path: string): Promise<string[]>;
  lstat(path: string): Promise<nodeFs.Stats>;
}

export const nodeStoreFs: StoreFs = {
  open: promisify(nodeFs.open),
  fstat: promisify(nodeFs.fstat) as StoreFs["fstat"],
  read: promisify(nodeFs.read) as unknown as StoreFs["read"],
  write: promisify(nodeFs.write) as unknown as StoreFs["write"],
  fchmod: promisify(nodeFs.fchmod),
  fsync: promisify(nodeFs.fsync),
  close: promisify(nodeFs.close),
  rename: promisify(nodeFs.rename),
  unlink: promisify(nodeFs.unlink),
  mkdir: promisify(nodeFs.mkdir) as StoreFs["mkdir"],
  readdir: promisify(nodeFs.readdir) as StoreFs["readdir"],
  lstat: promisify(nodeFs.lstat) as StoreFs["lstat"],
};

/** How long one file-system call may take before convlab gives up on it (a hung mount; a loaded machine is far quicker). */
export const FS_TIME_LIMIT_MS = 5000;

/** A file-system call that did not return within its time limit. */
export class TimedOutError extends Error {
  readonly code = "ETIMEDOUT";
  constructor(readonly syscall: string, readonly path: string, ms: number) {
    super(`${syscall} ${path}: no answer within ${ms} ms`);
  }
}

/** Calls given up on that never returned: their threads may hold the process open at exit. */
let abandoned = 0;
export const abandonedCalls = (): number => abandoned;

/** `call` within `ms`; a call that answers late is tidied up by `late` (e.g. closing the descriptor it opened). */
export function timed<T>(call: Promise<T>, syscall: string, path: string, ms = FS_TIME_LIMIT_MS, late?: (value: T) => void): Promise<T> {
  return new Promise((resolve, reject) => {
    let done = false;
    // After the timer, one more turn of the event loop: a call that finished while the loop was
    // busy (a long render, a loaded machine) has its answer waiting there and is not given up on.
    const timer = setTimeout(
      () =>
        setImmediate(() => {
          if (done) return;
          done = true;
          abandoned++;
          reject(new TimedOutError(syscall, path, ms));
        }),
      ms,
    );
    call.then(
      (value) => {
        if (!done) {
          done = true;
          clearTimeout(timer);
          resolve(value);
        } else {
          abandoned--;
          late?.(value);
        }
      },
      (error: unknown) => {
        if (!done) {
          done = true;
          clearTimeout(timer);
          reject(error);
        } else abandoned--;
      },
    );
  });
}

export type ReadResult =
  | { kind: "missing" }
  | { kind: "bytes"; bytes: Buffer; mode: number }
  /** A FIFO, a device, a directory, a socket: never opened for reading. */
  | { kind: "not-regular"; what: FileKind }
  /** More than `maxBytes` (read no further than that, whatever its size said). */
  | { kind: "too-large"; maxBytes: number }
  | { kind: "unreadable"; error: unknown };

export type FileKind = "directory" | "fifo" | "device" | "socket" | "other";

function kindOf(stat: nodeFs.Stats): FileKind {
  if (stat.isDirectory()) return "directory";
  if (stat.isFIFO()) return "fifo";
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return "device";
  if (stat.isSocket()) return "socket";
  return "other";
}

// O_NONBLOCK: opening a FIFO with no writer (or a serial device) returns at once instead of
// waiting; the fstat that follows refuses it before any read.
const READ_FLAGS = nodeFs.constants.O_RDONLY | (nodeFs.constants.O_NONBLOCK ?? 0) | (nodeFs.constants.O_NOCTTY ?? 0);

/** A regular file's bytes (symlinks followed), at most `maxBytes`, each call within the time limit. */
export async function readBounded(path: string, maxBytes: number, fs: StoreFs = nodeStoreFs, ms = FS_TIME_LIMIT_MS): Promise<ReadResult> {
  let fd: number;
  try {
    fd = await timed(fs.open(path, READ_FLAGS), "open", path, ms, (late) => void fs.close(late).catch(() => {}));
  } catch (error) {
    // ENOTDIR: a part of the path is a file, so there is no such file either (saving will say why).
    const code = errorCode(error);
    return code === "ENOENT" || code === "ENOTDIR" ? { kind: "missing" } : { kind: "unreadable", error };
  }
  try {
    const stat = await timed(fs.fstat(fd), "fstat", path, ms);
    if (!stat.isFile()) return { kind: "not-regular", what: kindOf(stat) };
    // One byte more than the limit tells "exactly the limit" from "more", without trusting stat.size
    // (0 for /proc files, wrong for a file still growing): the buffer grows up to limit + 1.
    let buffer = Buffer.alloc(Math.min(maxBytes + 1, Math.max(stat.size + 1, 64 * 1024)));
    let length = 0;
    for (;;) {
      if (length === buffer.length) {
        if (length > maxBytes) return { kind: "too-large", maxBytes };
        const bigger = Buffer.alloc(Math.min(maxBytes + 1, buffer.length * 2));
        buffer.copy(bigger);
        buffer = bigger;
      }
      const { bytesRead } = await timed(fs.read(fd, buffer, length, buffer.length - length, null), "read", path, ms);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    return { kind: "bytes", bytes: buffer.subarray(0, length), mode: stat.mode & 0o7777 };
  } catch (error) {
    return { kind: "unreadable", error };
  } finally {
    void fs.close(fd).catch(() => {});
  }
}

/** Temp files are `.<name>.<pid>.<random>.tmp` beside the file. */
const tempName = (path: string) => `.${basename(path)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`;
const isTempOf = (path: string, name: string) => name.startsWith(`.${basename(path)}.`) && /\.\d+\.[0-9a-f]{8}\.tmp$/.test(name);

/**
 * Writes `text` to `path` atomically. `mode`: the old file's permission bits, kept (a chmod 600
 * file stays 600); a new file is 0644 less the umask. Call only under the store's lock: it also
 * removes temp files a killed convlab left behind (no other writer is mid-save while we hold it).
 */
export async function writeFileAtomic(path: string, text: string, mode: number | undefined, fs: StoreFs = nodeStoreFs, ms = FS_TIME_LIMIT_MS): Promise<void> {
  const dir = dirname(path);
  await timed(fs.mkdir(dir, { recursive: true }), "mkdir", dir, ms);
  await removeStaleTemps(path, fs, ms);
  const tmp = join(dir, tempName(path));
  let fd: number | undefined;
  try {
    fd = await timed(fs.open(tmp, "wx", 0o644), "open", tmp, ms);
    if (mode !== undefined) await timed(fs.fchmod(fd, mode), "fchmod", tmp, ms);
    const bytes = Buffer.from(text, "utf8");
    for (let off = 0; off < bytes.length; ) off += (await timed(fs.write(fd, bytes, off, bytes.length - off), "write", tmp, ms)).bytesWritten;
    await timed(fs.fsync(fd), "fsync", tmp, ms); // the data is on disk before the rename makes it the file
    const closing = fd;
    fd = undefined;
    await timed(fs.close(closing), "close", tmp, ms);
    await timed(fs.rename(tmp, path), "rename", path, ms);
  } catch (error) {
    if (fd !== undefined) await ignore(fs.close(fd));
    await ignore(fs.unlink(tmp));
    throw error;
  }
  await syncDir(dir, fs, ms);
}

async function removeStaleTemps(path: string, fs: StoreFs, ms: number): Promise<void> {
  const dir = dirname(path);
  let names: string[] = [];
  await ignore(timed(fs.readdir(dir), "readdir", dir, ms).then((n) => void (names = n)));
  for (const name of names) if (isTempOf(path, name)) await ignore(timed(fs.unlink(join(dir, name)), "unlink", name, ms));
}

/** Makes the rename itself durable; not every system lets a directory be opened, so best effort. */
async function syncDir(dir: string, fs: StoreFs, ms: number): Promise<void> {
  let fd: number | undefined;
  try {
    fd = await timed(fs.open(dir, "r"), "open", dir, ms);
    await timed(fs.fsync(fd), "fsync", dir, ms);
  } catch {
    // best effort
  } finally {
    if (fd !== undefined) await ignore(fs.close(fd));
  }
}

/** Renames a bad file to `<name>.corrupt-<UTC time>` (with -2, -3… if taken); returns the new path. */
export async function moveAside(path: string, now: Date, fs: StoreFs = nodeStoreFs, ms = FS_TIME_LIMIT_MS): Promise<string> {
  const stamp = now.toISOString().replace(/[-:]/g, "").replace(/\.\d+Z$/, "Z"); // 20261129T084930Z
  let target = `${path}.corrupt-${stamp}`;
  for (let n = 2; await exists(target, fs, ms); n++) target = `${path}.corrupt-${stamp}-${n}`;
  await timed(fs.rename(path, target), "rename", path, ms);
  return target;
}

async function exists(path: string, fs: StoreFs, ms: number): Promise<boolean> {
  try {
    await timed(fs.lstat(path), "lstat", path, ms);
    return true;
  } catch (error) {
    if (errorCode(error) === "ENOENT") return false;
    throw error;
  }
}

export function errorCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" ? code : undefined;
}

async function ignore(p: Promise<unknown>): Promise<void> {
  try {
    await p;
  } catch {
    // cleanup only: the original error is what matters
  }
}
