// A real crash: a process saving in a loop is killed (SIGKILL) at an arbitrary moment,
// several times; the file left behind must always load cleanly.
import { spawn } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, it } from "vitest";
import { exerciseProgress, openStore } from "../../src/store/index.ts";

const script = join(import.meta.dirname, "fixtures", "save-forever.ts");

/** Starts the saver, kills it once it has reported `saves` saves, resolves when it is gone. */
function saveThenKill(dir: string, saves: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", script, dir], { stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    let err = "";
    child.stdout.on("data", (chunk: Buffer) => {
      out += chunk;
      if (out.split("\n").length > saves) child.kill("SIGKILL");
    });
    child.stderr.on("data", (chunk: Buffer) => (err += chunk));
    child.on("error", reject);
    child.on("exit", (_code, signal) => (signal === "SIGKILL" ? resolve() : reject(new Error(err))));
  });
}

it("SIGKILL during a stream of saves never leaves a bad progress file", async () => {
  const dir = mkdtempSync(join(tmpdir(), "convlab-crash-"));
  try {
    let last = 0;
    for (let round = 0; round < 3; round++) {
      await saveThenKill(dir, 20);
      const { progress, warnings } = await openStore({ dir }).load();
      expect(warnings).toEqual([]);
      const attempts = exerciseProgress(progress, "exercise-0").attempts;
      expect(attempts).toBeGreaterThan(last); // each run continued from the last saved state
      expect(exerciseProgress(progress, "exercise-199").attempts).toBe(attempts); // whole saves only
      last = attempts;
    }
    // A kill mid-save can leave a temp file; the next save (under the lock) removes it.
    await openStore({ dir }).update((p) => p);
    expect(readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
