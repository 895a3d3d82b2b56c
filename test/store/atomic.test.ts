// Property: whichever step of a save fails (open, write half-way, fsync, close, rename), the
// file on disk is always a whole progress file — the last one saved in full, never a mix.
import fc from "fast-check";
import * as fs from "node:fs";
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, it } from "vitest";
import { emptyProgress, openStore, recordAttempt, type Progress } from "../../src/store/index.ts";
import { nodeStoreFs, type StoreFs } from "../../src/store/file.ts";

const STEPS = ["open", "write", "fsync", "close", "rename"] as const;

/** The real file system, except that `step` fails on the temp file (a write first writes half its bytes). */
function failingAt(step: (typeof STEPS)[number] | "none"): StoreFs {
  if (step === "none") return nodeStoreFs;
  const fail = () => {
    throw Object.assign(new Error(`${step} failed`), { code: "EIO" });
  };
  let tmpFd = -1;
  return {
    ...nodeStoreFs,
    open: async (path, flags, mode) => {
      if (step === "open" && flags === "wx") fail();
      const fd = await nodeStoreFs.open(path, flags, mode);
      if (flags === "wx") tmpFd = fd;
      return fd;
    },
    write: async (fd, buf, off, len) => {
      if (step !== "write" || fd !== tmpFd) return nodeStoreFs.write(fd, buf, off, len);
      await nodeStoreFs.write(fd, buf, off, Math.floor(len / 2));
      return fail();
    },
    fsync: async (fd) => (step === "fsync" && fd === tmpFd ? fail() : nodeStoreFs.fsync(fd)),
    // close must still release the descriptor, or the test leaks it
    close: async (fd) => {
      await nodeStoreFs.close(fd);
      if (step === "close" && fd === tmpFd) fail();
    },
    rename: async (from, to) => (step === "rename" ? fail() : nodeStoreFs.rename(from, to)),
  };
}

const progressArb = fc
  .array(fc.tuple(fc.constantFrom("a", "b", "c", "d"), fc.boolean()), { maxLength: 12 })
  .map((attempts) => attempts.reduce<Progress>((p, [id, pass]) => recordAttempt(p, id, pass), emptyProgress()));

it("a failed save at any step leaves the last whole save on disk", async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(fc.tuple(progressArb, fc.constantFrom(...STEPS, "none" as const)), { minLength: 1, maxLength: 8 }), async (saves) => {
      const dir = mkdtempSync(join(tmpdir(), "convlab-atomic-"));
      try {
        let onDisk: Progress | undefined;
        for (const [progress, step] of saves) {
          const store = openStore({ dir, fs: failingAt(step) });
          await store.load();
          await store.update(() => progress); // the change replaces what was there
          const reread = await openStore({ dir }).load();
          expect(reread.warnings).toEqual([]);
          if (step === "none") onDisk = progress;
          expect(reread.progress).toEqual(onDisk ?? emptyProgress());
          expect(readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
        }
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    }),
    { numRuns: 40 },
  );
});
