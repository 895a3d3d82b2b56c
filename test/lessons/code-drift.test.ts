// The code a frame shows must be the code that runs: every shown line appears, verbatim and in
// the same order, in the lesson's source files (read here from disk).
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import * as code1 from "../../lessons/01-cross-correlation/code.ts";
import * as code2 from "../../lessons/02-conv2d-layer/code.ts";
import * as code3 from "../../lessons/notebook/train-code.ts";
import * as code4 from "../../lessons/04-convolution-vs-correlation/code.ts";
import * as code5 from "../../lessons/05-padding-stride/code.ts";
import * as code6 from "../../lessons/06-channels/code.ts";
import * as code7 from "../../lessons/07-pooling/code.ts";
import * as code8 from "../../lessons/08-lr-stability/code.ts";
import * as code9 from "../../lessons/09-your-picture/code.ts";
import { findLesson } from "../../lessons/index.ts";
import { walk } from "./helpers.ts";

const source = (...files: string[]) =>
  files.flatMap((f) => readFileSync(new URL(`../../lessons/${f}`, import.meta.url), "utf8").split("\n").map((l) => l.trim()));

describe.each([
  ["cross-correlation", code1, ["01-cross-correlation/run.ts"]],
  ["conv2d-layer", code2, ["notebook/conv2d-block.ts", "02-conv2d-layer/run.ts"]],
  ["learn-kernel", code3, ["notebook/train.ts"]],
  ["convolution-vs-correlation", code4, ["04-convolution-vs-correlation/run.ts"]],
  ["padding-stride", code5, ["05-padding-stride/run.ts"]],
  ["channels", code6, ["06-channels/run.ts"]],
  ["pooling", code7, ["07-pooling/run.ts"]],
  // lesson 8 runs lesson 3's data and training loop once per learning rate
  ["lr-stability", code8, ["notebook/train.ts", "08-lr-stability/run.ts"]],
  ["your-picture", code9, ["09-your-picture/run.ts"]],
] as const)("%s", (id, { CODE, LINES }, files) => {
  it("shows only lines that run, in the order they run", () => {
    const src = source(...files);
    let from = 0;
    for (const line of CODE) {
      const at = src.indexOf(line.trim(), from);
      expect(at, `"${line.trim()}" is not in ${files.join(" or ")} (after line ${from})`).toBeGreaterThanOrEqual(0);
      from = at + 1;
    }
  });

  it("marks lines that exist", () => {
    for (const n of Object.values(LINES).flat(2)) expect(n >= 0 && n < CODE.length).toBe(true);
  });

  it("its frames show exactly this code", () => {
    for (const f of walk(findLesson(id)!)) expect(f.code.lines).toEqual(CODE);
  });
});
