// The one value checker (lessons/kit/values.ts): numbers, lists and matrices against a rule, each
// refusal one sentence per language that names the value, the same for CLI options, exercise
// answers and edits in the lab.
import { describe, expect, it } from "vitest";
import { checkChoice, checkMatrix, checkNumber, checkVector, readMatrix, readNumber, readNumberList } from "../../../lessons/kit/values.ts";

const refusal = (checked: { ok: boolean; reason?: { en: string; zh: string } }) => {
  expect(checked.ok).toBe(false);
  expect(checked.reason!.zh).toMatch(/[\u4e00-\u9fff]/);
  return checked.reason!.en;
};

describe("readNumber: text as a learner types it", () => {
  it("reads plain decimals, full-width digits and typographic minus signs; keeps numbers", () => {
    expect(readNumber("0.016")).toBe(0.016);
    expect(readNumber(" -1e-3 ")).toBe(-0.001);
    expect(readNumber(".5")).toBe(0.5);
    expect(readNumber("０.５")).toBe(0.5);
    expect(readNumber("−2")).toBe(-2);
    expect(readNumber(3)).toBe(3);
    expect(readNumber("1e999")).toBe(Infinity); // then refused as not finite
    expect([readNumber("Infinity"), readNumber("-inf"), readNumber("∞"), readNumber("NaN")]).toEqual([Infinity, -Infinity, Infinity, NaN]);
  });
  it("reads a fraction of two decimals, as a kernel is written (1/9 for a 3×3 blur)", () => {
    expect(readNumber("1/9")).toBe(1 / 9);
    expect(readNumber(" -1 / 8 ")).toBe(-1 / 8);
    expect(readNumber("１／９")).toBe(1 / 9);
    expect(readNumber("1/0")).toBe(Infinity); // then refused as not finite
  });
  it.each(["", " ", "abc", "0x10", "1,5", "1/2/3", "a/9", "/9"])("leaves %j as text (then refused as not a number)", (text) => {
    expect(readNumber(text)).toBe(text);
  });
});

describe("checkNumber", () => {
  it("accepts a number within the rule", () => {
    expect(checkNumber(0.016, { positive: true }, "lr")).toEqual({ ok: true, value: 0.016 });
    expect(checkNumber(1000, { integer: true, min: 1, max: 1000 }, "epochs")).toEqual({ ok: true, value: 1000 });
    expect(checkNumber(123456789, { integer: true }, "seed")).toEqual({ ok: true, value: 123456789 });
  });
  it.each([
    ["abc", { positive: true }, 'lr must be a number, not "abc".'],
    [Infinity, { positive: true }, "lr must be a finite number, not Infinity."],
    [NaN, {}, "lr must be a finite number, not NaN."],
    [0, { positive: true }, "lr must be greater than 0, not 0."],
    [-0.5, { positive: true }, "lr must be greater than 0, not -0.5."],
    [2.5, { integer: true, min: 1, max: 1000 }, "lr must be a whole number, not 2.5."],
    [0, { integer: true, min: 1, max: 1000 }, "lr must be from 1 to 1000, not 0."],
    [101, { max: 100 }, "lr must be at most 100, not 101."],
    [0, { min: 1 }, "lr must be at least 1, not 0."],
    [2e6, { limit: 1e6 }, "lr: keep numbers between −1e6 and 1e6 (2000000 is not)."],
  ] as const)("refuses %j under %j", (value, rule, words) => {
    expect(refusal(checkNumber(value, rule, "lr"))).toBe(words);
  });
  it("names the value in the reader's language", () => {
    const checked = checkNumber(0, { positive: true }, { en: "learning rate", zh: "学习率" });
    expect(checked).toEqual({ ok: false, reason: { en: "learning rate must be greater than 0, not 0.", zh: "学习率 必须大于 0，而不是 0。" } });
  });
});

describe("checkVector", () => {
  it("reads a,b and [a,b] and arrays, then checks them", () => {
    const two = { length: 2, example: "1,2" };
    expect(checkVector(readNumberList("1,-1"), two, "w")).toEqual({ ok: true, value: [1, -1] });
    expect(checkVector(readNumberList(" 0.5 , -0.25 "), two, "w")).toEqual({ ok: true, value: [0.5, -0.25] });
    expect(checkVector(readNumberList("[1,-1]"), two, "w")).toEqual({ ok: true, value: [1, -1] });
    expect(checkVector(readNumberList([[1, -1]]), two, "w")).toEqual({ ok: true, value: [1, -1] });
  });
  it.each([
    ["1", "w must have 2 numbers, not 1."],
    ["1,2,3", "w must have 2 numbers, not 3."],
    ["a,b", 'w (number 1) must be a number, not "a".'],
    ["1,", 'w (number 2) must be a number, not "".'],
    ["", "w must have 2 numbers, not 0."],
    ["1,2e7", "w (number 2): keep numbers between −1e6 and 1e6 (20000000 is not)."],
  ])("refuses %j", (text, words) => {
    expect(refusal(checkVector(readNumberList(text), { length: 2, example: "1,2" }, "w"))).toBe(words);
  });
  it("says how many are allowed, with an example, when it is not a list", () => {
    expect(refusal(checkVector("fast", { positive: true, minLength: 1, maxLength: 6, example: "0.01,0.02" }, "lrs"))).toBe(
      "lrs must be a list of 1 to 6 numbers, e.g. 0.01,0.02.",
    );
    expect(refusal(checkVector([0.1, -1], { positive: true, example: "0.01" }, "lrs"))).toBe("lrs (number 2) must be greater than 0, not -1.");
  });
});

describe("checkMatrix", () => {
  it("accepts JSON text and parsed arrays, and copies the rows", () => {
    expect(readMatrix("[[0,1],[2,3]]", {}, "X")).toEqual({ ok: true, value: [[0, 1], [2, 3]] });
    const rows = [[1, 2]];
    const checked = checkMatrix(rows, {}, "X");
    rows[0]![0] = 9;
    expect(checked.ok && checked.value).toEqual([[1, 2]]);
  });
  it.each([
    ["[[0,1]", "X is not JSON; write a matrix like [[0,1],[2,3]]."],
    ["[1,2]", "X must be a matrix: a list of rows of numbers, e.g. [[0,1],[2,3]]."],
    [3, "X must be a matrix: a list of rows of numbers, e.g. [[0,1],[2,3]]."],
    ["[]", "X is empty; give at least one number."],
    ["[[]]", "X is empty; give at least one number."],
    ["[[1,2],[3]]", "X: every row must have the same length (row 1 has 2 numbers, row 2 has 1)."],
    ['[[1,"a"]]', 'X (row 1, column 2) must be a number, not "a".'],
    ["[[1,null]]", "X (row 1, column 2) must be a number, not null."],
    ["[[1e999]]", "X (row 1, column 1) must be a finite number, not Infinity."],
    [[[1, NaN]], "X (row 1, column 2) must be a finite number, not NaN."],
    [[[1e7]], "X (row 1, column 1): keep numbers between −1e6 and 1e6 (10000000 is not)."],
    [Array.from({ length: 17 }, () => [1]), "X is 17×1; at most 16×16 here."],
  ] as const)("refuses %j", (value, words) => {
    expect(refusal(readMatrix(value, { maxRows: 16, maxCols: 16 }, "X"))).toBe(words);
  });
  it("checks every entry against the rule's bounds", () => {
    expect(refusal(checkMatrix([[0.5, 1.01]], { min: 0, max: 1 }, "picture"))).toBe("picture (row 1, column 2) must be from 0 to 1, not 1.01.");
  });
});

describe("checkChoice", () => {
  it("accepts one of the words, and names them all otherwise", () => {
    expect(checkChoice("d2l", ["seed", "d2l"], "preset")).toEqual({ ok: true, value: "d2l" });
    expect(refusal(checkChoice("mxnet", ["seed", "d2l"], "preset"))).toBe('preset must be one of seed, d2l, not "mxnet".');
  });
});
