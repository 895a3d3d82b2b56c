// Option values as the CLI passes them (strings) and as the lab passes them (parsed), and
// every refusal: it names the option and the value, and says what is allowed in both languages.
import { describe, expect, it } from "vitest";
import { OptionError, type OptionSpec } from "../../lessons/lesson.ts";
import { checkMatrix, checkNumbers, checkOption, readOptions, toNumber } from "../../lessons/options.ts";
import { findLesson } from "../../lessons/index.ts";

const lr: OptionSpec = { name: "lr", type: "number", positive: true, describe: { en: "", zh: "" } };
const epochs: OptionSpec = { name: "epochs", type: "integer", min: 1, max: 1000, describe: { en: "", zh: "" } };

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

describe("toNumber", () => {
  it("reads decimals as typed, and numbers as given", () => {
    expect(toNumber("0.016")).toBe(0.016);
    expect(toNumber(" -1e-3 ")).toBe(-0.001);
    expect(toNumber(".5")).toBe(0.5);
    expect(toNumber(3)).toBe(3);
  });
  it("refuses what is not a plain finite decimal", () => {
    for (const v of ["", " ", "abc", "0x10", "Infinity", "NaN", "1,5", "1e999", NaN, Infinity, null, undefined, [1], {}]) {
      expect(toNumber(v), String(v)).toBeUndefined();
    }
  });
});

describe("checkOption", () => {
  it("accepts a finite positive lr as a string or a number", () => {
    expect(checkOption(lr, "0.016")).toEqual({ ok: true, value: 0.016 });
    expect(checkOption(lr, 0.03)).toEqual({ ok: true, value: 0.03 });
  });
  it.each(["0", "-0.1", "abc", "Infinity", "", 0, -1])("refuses lr %j", (value) => {
    const checked = checkOption(lr, value);
    expect(checked.ok).toBe(false);
    if (!checked.ok) {
      expect(checked.reason.en).toContain("finite positive number");
      expect(checked.reason.zh).toContain("正数");
    }
  });
  it.each(["0", "1001", "2.5", "ten", ""])("refuses epochs %j, naming the range", (value) => {
    const checked = checkOption(epochs, value);
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(checked.reason.en).toBe("epochs must be an integer from 1 to 1000");
  });
  it("accepts epochs at both ends of the range", () => {
    expect(checkOption(epochs, "1")).toEqual({ ok: true, value: 1 });
    expect(checkOption(epochs, 1000)).toEqual({ ok: true, value: 1000 });
  });
});

describe("checkMatrix", () => {
  it("accepts JSON text and parsed arrays", () => {
    expect(checkMatrix("[[0,1],[2,3]]")).toEqual({ ok: true, value: [[0, 1], [2, 3]] });
    expect(checkMatrix([[1, -1]])).toEqual({ ok: true, value: [[1, -1]] });
  });
  it("copies the rows, so a later change to the input cannot reach a lesson", () => {
    const rows = [[1, 2]];
    const checked = checkMatrix(rows);
    rows[0]![0] = 9;
    expect(checked.ok && checked.value).toEqual([[1, 2]]);
  });
  it.each([
    ["not JSON", "[[0,1]", "not JSON"],
    ["a flat list", "[1,2]", "list of rows"],
    ["a number", 3, "list of rows"],
    ["empty", "[]", "empty"],
    ["an empty row", "[[]]", "empty"],
    ["ragged", "[[1,2],[3]]", "row 1 has 2 numbers, row 2 has 1"],
    ["a string entry", '[[1,"a"]]', 'row 1, column 2 is "a"'],
    ["a null entry", "[[1,null]]", "row 1, column 2 is null"],
    ["an overflowing entry", "[[1e999]]", "finite number"],
    ["NaN", [[1, NaN]], "row 1, column 2 is NaN"],
    ["Infinity", [[-Infinity]], "row 1, column 1 is -Infinity"],
  ])("refuses %s", (_, value, words) => {
    const checked = checkMatrix(value);
    expect(checked.ok).toBe(false);
    if (!checked.ok) {
      expect(checked.reason.en).toContain(words);
      expect(checked.reason.zh.length).toBeGreaterThan(0);
    }
  });
  it("refuses a matrix larger than the cap, naming its shape", () => {
    const big = Array.from({ length: 17 }, () => [1]);
    const checked = checkMatrix(big, 16);
    expect(!checked.ok && checked.reason.en).toBe("at most 16×16 (this one is 17×1)");
  });
});

describe("checkNumbers", () => {
  it("reads a,b and [a,b] and arrays", () => {
    expect(checkNumbers("1,-1", 2)).toEqual({ ok: true, value: [1, -1] });
    expect(checkNumbers(" 0.5 , -0.25 ", 2)).toEqual({ ok: true, value: [0.5, -0.25] });
    expect(checkNumbers("[1,-1]", 2)).toEqual({ ok: true, value: [1, -1] });
    expect(checkNumbers([[1, -1]], 2)).toEqual({ ok: true, value: [1, -1] });
  });
  it.each([
    ["1", "exactly 2 numbers (got 1)"],
    ["1,2,3", "exactly 2 numbers (got 3)"],
    ["a,b", "give 2 numbers separated by commas"],
    ["1,", "give 2 numbers separated by commas"],
    ["", "give 2 numbers separated by commas"],
  ])("refuses %j", (value, words) => {
    const checked = checkNumbers(value, 2);
    expect(!checked.ok && checked.reason.en).toContain(words);
  });
});

describe("readOptions", () => {
  it("finds kebab-case options under their camelCase name too (yargs gives both)", () => {
    const o = readOptions([{ name: "init-weight", type: "numbers", count: 2, describe: { en: "", zh: "" } }], { initWeight: "1,2" });
    expect(o.numbers("init-weight")).toEqual([1, 2]);
  });
  it("ignores options it does not declare (the CLI's own flags)", () => {
    expect(() => readOptions([lr], { json: true, lang: "zh", _: [] })).not.toThrow();
  });
});

describe("every lesson option refusal names the option, the value and what is allowed", () => {
  it.each([
    ["learn-kernel", { lr: "abc" }, "lr", "lr must be a finite positive number"],
    ["learn-kernel", { lr: "0" }, "lr", "lr must be a finite positive number"],
    ["learn-kernel", { lr: "-0.5" }, "lr", "lr must be a finite positive number"],
    ["learn-kernel", { epochs: "0" }, "epochs", "epochs must be an integer from 1 to 1000"],
    ["learn-kernel", { epochs: "1001" }, "epochs", "epochs must be an integer from 1 to 1000"],
    ["learn-kernel", { epochs: "2.5" }, "epochs", "epochs must be an integer from 1 to 1000"],
    ["learn-kernel", { seed: "1.5" }, "seed", "seed must be an integer"],
    ["learn-kernel", { seed: "x" }, "seed", "seed must be an integer"],
    ["learn-kernel", { "init-weight": "1" }, "init-weight", "exactly 2 numbers (got 1)"],
    ["learn-kernel", { "init-weight": "1,2,3" }, "init-weight", "exactly 2 numbers (got 3)"],
    ["learn-kernel", { "init-weight": "a,b" }, "init-weight", "give 2 numbers separated by commas"],
    ["learn-kernel", { preset: "mxnet" }, "preset", "preset must be one of: notebook, seed, d2l"],
    ["cross-correlation", { x: "[[0,1]" }, "x", "not JSON"],
    ["cross-correlation", { x: "[[1,2],[3]]" }, "x", "rows must have the same length"],
    ["cross-correlation", { k: "[]" }, "k", "empty"],
    ["cross-correlation", { k: '[["a"]]' }, "k", "finite number"],
    ["cross-correlation", { x: "[[1,2],[3,4]]", k: "[[1,2,3],[4,5,6],[7,8,9]]" }, "k", "kernel 3×3 does not fit in input 2×2"],
    ["cross-correlation", { x: "[[1]]" }, "x", "kernel 2×2 does not fit in input 1×1"],
    ["conv2d-layer", { seed: "abc" }, "seed", "seed must be an integer"],
    ["conv2d-layer", { k: "[[1,1,1,1,1,1,1]]" }, "k", "kernel 1×7 does not fit in the transposed image 8×6"],
  ] as const)("%s %j", (lesson, options, option, words) => {
    const error = refusal(lesson, options);
    const value = Object.values(options).at(-1);
    expect(error.option).toBe(option);
    expect(error.message).toContain(`--${option}`);
    expect(error.message).toContain(JSON.stringify(value));
    expect(error.allowed).toContain(words);
    expect(error.message).toContain(words);
    expect(error.allowedText?.en).toBe(error.allowed);
    expect(error.allowedText?.zh.length).toBeGreaterThan(0);
  });

  it("accepts the CLI's strings and the lab's parsed values alike", () => {
    const kernel = findLesson("learn-kernel")!;
    const a = kernel.init({ lr: "0.01", epochs: "3", seed: "7", "init-weight": "0.5,-0.5" });
    const b = kernel.init({ lr: 0.01, epochs: 3, seed: 7, "init-weight": [0.5, -0.5] });
    expect(kernel.summarize(a)).toEqual(kernel.summarize(b));
  });
});
