// Serialises every read-modify-write of the progress file between processes (two labs, a lab and
// `convlab check`…) with proper-lockfile: a `<file>.lock` directory made atomically with mkdir,
// kept fresh while held, and taken over once stale (its holder crashed). Loaded only when a save
// happens, so starting the lab or a headless command never pays for it.
import { FS_TIME_LIMIT_MS, timed } from "./file.ts";

/** How long to wait for another convlab to finish its save before giving up on this one. */
export const LOCK_WAIT_MS = 3000;
/** A lock not refreshed for this long belongs to a crashed process and is taken over (proper-lockfile's minimum is 2 s). */
export const LOCK_STALE_MS = 5000;

/** The lock was held by another convlab for longer than the wait. */
export class LockBusyError extends Error {
  readonly code = "ELOCKED";
  constructor(readonly path: string) {
    super(`${path} is locked by another convlab`);
  }
}

/** Runs `work` holding the lock on `path` (the file need not exist; its directory must). */
export async function withLock<T>(path: string, work: () => Promise<T>, waitMs = LOCK_WAIT_MS): Promise<T> {
  // CommonJS: its exports object is the default export (the bundle gives no named ones).
  const lockfile = (await import("proper-lockfile")).default;
  let release: () => Promise<void>;
  try {
    const taking = lockfile.lock(path, {
      realpath: false, // the file may not exist yet
      stale: LOCK_STALE_MS,
      // 50 to 100 ms apart, jittered so waiting processes do not retry in step, for about waitMs
      retries: { retries: Math.max(1, Math.round(waitMs / 75)), factor: 1, minTimeout: 50, maxTimeout: 100, randomize: true },
      // Our save is already under way when this could fire; the default would throw from a timer.
      onCompromised: () => {},
    });
    // On a hung mount even mkdir never answers: give up, and let go of a lock that comes late.
    release = await timed(taking, "lock", path, waitMs + FS_TIME_LIMIT_MS, (late) => void late().catch(() => {}));
  } catch (error) {
    if ((error as { code?: unknown }).code === "ELOCKED") throw new LockBusyError(path);
    throw error;
  }
  try {
    return await work();
  } finally {
    await release().catch(() => {});
  }
}
