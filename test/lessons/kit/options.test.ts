// A lesson's typed options (lessons/kit/options.ts): the CLI's specs, values read back typed,
// and every refusal naming the option, the value as given and what is allowed.
import { describe, expect, it } from "vitest";
import { findLesson } from "../../../lessons/index.ts";
import { OptionError } from "../../../lessons/lesson.ts";
import { option, optionSpecs, readOptions } from "../../../lessons/kit/options.ts";

const describe_ = { en: "", zh: "" };
const defs = {
  lr: option.number({ describe: describe_, positive: true, default: 0.016 }),
  epochs: option.integer({ describe: describe_, min: 1, max: 1000 }),
  preset: option.choice(["seed", "d2l"], { describe: describe_, default: "seed" }),
  "init-weight": option.numbers({ describe: describe_, count: 2 }),
  x: option.matrix({ describe: describe_, maxSize: 4, default: [[0, 1]] }),
};

describe("optionSpecs", () => {
  it("names each option by its key, in order, with the default as the CLI spells it", () => {
    expect(optionSpecs(defs)).toEqual([
      { name: "lr", type: "number", describe: describe_, positive: true, default: "0.016" },
      { name: "epochs", type: "integer", describe: describe_, min: 1, max: 1000 },
      { name: "preset", type: "choice", choices: ["seed", "d2l"], describe: describe_, default: "seed" },
      { name: "init-weight", type: "numbers", describe: describe_, count: 2 },
      { name: "x", type: "matrix", describe: describe_, maxSize: 4, default: "[[0,1]]" },
    ]);
  });
});

describe("readOptions", () => {
  it("reads the CLI's strings and the lab's values alike, typed; absent options stay undefined", () => {
    const fromCli = readOptions(defs, { lr: "0.01", epochs: "3", preset: "d2l", "init-weight": "0.5,-0.5", x: "[[1,2]]" });
    const fromLab = readOptions(defs, { lr: 0.01, epochs: 3, preset: "d2l", "init-weight": [0.5, -0.5], x: [[1, 2]] });
    expect(fromCli).toEqual({ lr: 0.01, epochs: 3, preset: "d2l", "init-weight": [0.5, -0.5], x: [[1, 2]] });
    expect(fromLab).toEqual(fromCli);
    expect(readOptions(defs, {})).toEqual({});
  });
  it("finds kebab-case options under their camelCase name too (yargs gives both)", () => {
    expect(readOptions(defs, { initWeight: "1,2" })["init-weight"]).toEqual([1, 2]);
  });
  it("ignores options it does not declare (the CLI's own flags)", () => {
    expect(() => readOptions(defs, { json: true, lang: "zh", _: [] })).not.toThrow();
  });
});

/** The OptionError init throws for these options. */
function refusal(lesson: string, options: Record<string, unknown>): OptionError {
  try {
    findLesson(lesson)!.init(options);
  } catch (error) {
    if (error instanceof OptionError) return error;
    throw error;
  }
  throw new Error(`init accepted ${JSON.stringify(options)}`);
}

describe("every lesson option refusal names the option, the value and what is allowed", () => {
  it.each([
    ["learn-kernel", { lr: "abc" }, "lr", 'lr must be a number, not "abc".'],
    ["learn-kernel", { lr: "0" }, "lr", "lr must be greater than 0, not 0."],
    ["learn-kernel", { lr: "-0.5" }, "lr", "lr must be greater than 0, not -0.5."],
    ["learn-kernel", { epochs: "0" }, "epochs", "epochs must be from 1 to 1000, not 0."],
    ["learn-kernel", { epochs: "1001" }, "epochs", "epochs must be from 1 to 1000, not 1001."],
    ["learn-kernel", { epochs: "2.5" }, "epochs", "epochs must be a whole number, not 2.5."],
    ["learn-kernel", { seed: "1.5" }, "seed", "seed must be a whole number, not 1.5."],
    ["learn-kernel", { seed: "x" }, "seed", 'seed must be a number, not "x".'],
    ["learn-kernel", { "init-weight": "1" }, "init-weight", "init-weight must have 2 numbers, not 1."],
    ["learn-kernel", { "init-weight": "1,2,3" }, "init-weight", "init-weight must have 2 numbers, not 3."],
    ["learn-kernel", { "init-weight": "a,b" }, "init-weight", 'init-weight (number 1) must be a number, not "a".'],
    ["learn-kernel", { preset: "mxnet" }, "preset", 'preset must be one of notebook, seed, d2l, not "mxnet".'],
    ["lr-stability", { lrs: "fast" }, "lrs", 'lrs (number 1) must be a number, not "fast".'],
    ["lr-stability", { lrs: "0.01,-1" }, "lrs", "lrs (number 2) must be greater than 0, not -1."],
    ["cross-correlation", { x: "[[0,1]" }, "x", "x is not JSON; write a matrix like [[0,1],[2,3]]."],
    ["cross-correlation", { x: "[[1,2],[3]]" }, "x", "x: every row must have the same length (row 1 has 2 numbers, row 2 has 1)."],
    ["cross-correlation", { k: "[]" }, "k", "k is empty; give at least one number."],
    ["cross-correlation", { k: '[["a"]]' }, "k", 'k (row 1, column 1) must be a number, not "a".'],
    ["cross-correlation", { x: "[[1,2],[3,4]]", k: "[[1,2,3],[4,5,6],[7,8,9]]" }, "k", "kernel 3×3 does not fit in input 2×2"],
    ["cross-correlation", { x: "[[1]]" }, "x", "kernel 2×2 does not fit in input 1×1"],
    ["conv2d-layer", { seed: "abc" }, "seed", 'seed must be a number, not "abc".'],
    ["conv2d-layer", { k: "[[1,1,1,1,1,1,1]]" }, "k", "kernel 1×7 does not fit in the transposed image 8×6"],
    ["your-picture", { picture: "[[0.5, 1.01]]" }, "picture", "picture (row 1, column 2) must be from 0 to 1, not 1.01."],
    ["your-picture", { kernel: "constructor" }, "kernel", "a kernel is one of edge, blur, sharpen, sobel-x or a JSON matrix like [[0,1],[2,3]]"],
  ] as const)("%s %j", (lesson, options, option, words) => {
    const error = refusal(lesson, options);
    const value = Object.values(options).at(-1);
    expect(error.option).toBe(option);
    expect(error.message).toContain(`--${option}`);
    expect(error.message).toContain(JSON.stringify(value));
    expect(error.allowed).toBe(words);
    expect(error.allowedText?.en).toBe(error.allowed);
    expect(error.allowedText?.zh).toMatch(/[\u4e00-\u9fff]/);
  });
});
