// The only file-system code for state outside a run. Writes are atomic: a temp file in the
// same directory, fsync, then rename over the old file — a crash or a full disk leaves
// either the old file or the new one, never half of one.
import * as nodeFs from "node:fs";
import { randomBytes } from "node:crypto";
import { basename, dirname, join } from "node:path";

/** The calls the store makes; tests pass a copy with one of them failing. */
export type StoreFs = Pick<
  typeof nodeFs,
  | "readFileSync"
  | "openSync"
  | "writeSync"
  | "fsyncSync"
  | "closeSync"
  | "renameSync"
  | "unlinkSync"
  | "mkdirSync"
  | "existsSync"
>;

export type ReadResult =
  | { kind: "missing" }
  | { kind: "text"; text: string }
  | { kind: "unreadable"; error: unknown };

export function readText(path: string, fs: StoreFs = nodeFs): ReadResult {
  try {
    return { kind: "text", text: fs.readFileSync(path, "utf8") };
  } catch (error) {
    // ENOTDIR: a part of the path is a file, so there is no progress file either (saving will say why).
    const code = errorCode(error);
    return code === "ENOENT" || code === "ENOTDIR" ? { kind: "missing" } : { kind: "unreadable", error };
  }
}

export function writeFileAtomic(path: string, text: string, fs: StoreFs = nodeFs): void {
  const dir = dirname(path);
  fs.mkdirSync(dir, { recursive: true });
  const tmp = join(dir, `.${basename(path)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
  let fd: number | undefined;
  try {
    fd = fs.openSync(tmp, "wx", 0o644);
    const bytes = Buffer.from(text, "utf8");
    for (let off = 0; off < bytes.length; ) off += fs.writeSync(fd, bytes, off, bytes.length - off);
    fs.fsyncSync(fd); // the data is on disk before the rename makes it the file
    fs.closeSync(fd);
    fd = undefined;
    fs.renameSync(tmp, path);
  } catch (error) {
    if (fd !== undefined) ignore(() => fs.closeSync(fd!));
    ignore(() => fs.unlinkSync(tmp));
    throw error;
  }
  syncDir(dir, fs);
}

/** Makes the rename itself durable; not every system lets a directory be opened, so best effort. */
function syncDir(dir: string, fs: StoreFs): void {
  ignore(() => {
    const fd = fs.openSync(dir, "r");
    try {
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
  });
}

/** Renames a bad file to `<name>.corrupt-<UTC time>` (with -2, -3… if taken); returns the new path. */
export function moveAside(path: string, now: Date, fs: StoreFs = nodeFs): string {
  const stamp = now.toISOString().replace(/[-:]/g, "").replace(/\.\d+Z$/, "Z"); // 20261129T084930Z
  let target = `${path}.corrupt-${stamp}`;
  for (let n = 2; fs.existsSync(target); n++) target = `${path}.corrupt-${stamp}-${n}`;
  fs.renameSync(path, target);
  return target;
}

export function errorCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" ? code : undefined;
}

function ignore(fn: () => void): void {
  try {
    fn();
  } catch {
    // cleanup only: the original error is what matters
  }
}
