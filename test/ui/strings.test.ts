// Every UI text exists in both languages (the types check the keys; this checks the values).
import { expect, test } from "vitest";
import { en } from "../../src/ui/strings.en.ts";
import { zh } from "../../src/ui/strings.zh.ts";

const render = (v: unknown): string => (typeof v === "function" ? String(v(1, 2, 3, 4)) : typeof v === "object" ? JSON.stringify(v) : String(v));

test("English and Chinese have the same texts, none empty, and the Chinese ones are Chinese", () => {
  expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
  expect(Object.keys(zh.scopes).sort()).toEqual(Object.keys(en.scopes).sort());
  const sameInBoth = new Set(["appName", "doneMark", "nonFiniteMarks"]);
  for (const key of Object.keys(en) as (keyof typeof en)[]) {
    expect(render(en[key]), key).not.toBe("");
    if (!sameInBoth.has(key)) expect(render(zh[key]), key).toMatch(/[\u4e00-\u9fff]/);
  }
});
