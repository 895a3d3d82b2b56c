// Property: whichever step of a save fails (open, write half-way, fsync, close, rename), the
// file on disk is always a whole progress file — the last one saved in full, never a mix.
import fc from "fast-check";
import * as fs from "node:fs";
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, it } from "vitest";
import { emptyProgress, openStore, recordAttempt, type Progress } from "../../src/store/index.ts";
import type { StoreFs } from "../../src/store/file.ts";

const STEPS = ["openSync", "writeSync", "fsyncSync", "closeSync", "renameSync"] as const;

/** The real file system, except that `step` fails (a write first writes half its bytes). */
function failingAt(step: (typeof STEPS)[number] | "none"): StoreFs {
  if (step === "none") return fs;
  return {
    ...fs,
    [step]: (...args: any[]) => {
      if (step === "writeSync") (fs.writeSync as any)(args[0], args[1], args[2], Math.floor(args[3] / 2));
      // closeSync must still release the descriptor, or the test leaks it
      if (step === "closeSync") fs.closeSync(args[0]);
      throw Object.assign(new Error(`${step} failed`), { code: "EIO" });
    },
  } as StoreFs;
}

const progressArb = fc
  .array(fc.tuple(fc.constantFrom("a", "b", "c", "d"), fc.boolean()), { maxLength: 12 })
  .map((attempts) => attempts.reduce<Progress>((p, [id, pass]) => recordAttempt(p, id, pass), emptyProgress()));

it("a failed save at any step leaves the last whole save on disk", () => {
  fc.assert(
    fc.property(fc.array(fc.tuple(progressArb, fc.constantFrom(...STEPS, "none" as const)), { minLength: 1, maxLength: 8 }), (saves) => {
      const dir = mkdtempSync(join(tmpdir(), "convlab-atomic-"));
      try {
        let onDisk: Progress | undefined;
        for (const [progress, step] of saves) {
          const store = openStore({ dir, fs: failingAt(step) });
          store.load();
          store.update(() => progress); // the change replaces what was there
          const reread = openStore({ dir }).load();
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
