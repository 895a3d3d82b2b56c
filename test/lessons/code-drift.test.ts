// The code a frame shows must be the code that runs: every shown line appears, verbatim and in
// the same order, in the lesson's source files (read here from disk).
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CODE as code1, LINES as lines1 } from "../../lessons/01-cross-correlation/code.ts";
import { CODE as code2, LINES as lines2 } from "../../lessons/02-conv2d-layer/code.ts";
import { CODE as code3, LINES as lines3 } from "../../lessons/03-learn-kernel/code.ts";
import { findLesson } from "../../lessons/index.ts";
import { walk } from "./helpers.ts";

const source = (...files: string[]) =>
  files.flatMap((f) => readFileSync(new URL(`../../lessons/${f}`, import.meta.url), "utf8").split("\n").map((l) => l.trim()));

describe.each([
  ["cross-correlation", code1, lines1, ["01-cross-correlation/run.ts"]],
  ["conv2d-layer", code2, lines2, ["02-conv2d-layer/block.ts", "02-conv2d-layer/run.ts"]],
  ["learn-kernel", code3, lines3, ["03-learn-kernel/run.ts"]],
] as const)("%s", (id, code, lines, files) => {
  it("shows only lines that run, in the order they run", () => {
    const src = source(...files);
    let from = 0;
    for (const line of code) {
      const at = src.indexOf(line.trim(), from);
      expect(at, `"${line.trim()}" is not in ${files.join(" or ")} (after line ${from})`).toBeGreaterThanOrEqual(0);
      from = at + 1;
    }
  });

  it("marks lines that exist", () => {
    for (const n of Object.values(lines).flat()) expect(n >= 0 && n < code.length).toBe(true);
  });

  it("its frames show exactly this code", () => {
    for (const f of walk(findLesson(id)!)) expect(f.code.lines).toEqual(code);
  });
});
