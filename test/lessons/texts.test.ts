// Every text exists in English and Chinese with the same keys (tsc checks the types too;
// this catches what types cannot, e.g. a text function that forgets a parameter).
import { describe, expect, it } from "vitest";
import { en as en1 } from "../../lessons/01-cross-correlation/text.en.ts";
import { zh as zh1 } from "../../lessons/01-cross-correlation/text.zh.ts";
import { en as en2 } from "../../lessons/02-conv2d-layer/text.en.ts";
import { zh as zh2 } from "../../lessons/02-conv2d-layer/text.zh.ts";
import { en as en3 } from "../../lessons/03-learn-kernel/text.en.ts";
import { zh as zh3 } from "../../lessons/03-learn-kernel/text.zh.ts";
import { en as en4 } from "../../lessons/04-convolution-vs-correlation/text.en.ts";
import { zh as zh4 } from "../../lessons/04-convolution-vs-correlation/text.zh.ts";
import { en as en5 } from "../../lessons/05-padding-stride/text.en.ts";
import { zh as zh5 } from "../../lessons/05-padding-stride/text.zh.ts";
import { en as en6 } from "../../lessons/06-channels/text.en.ts";
import { zh as zh6 } from "../../lessons/06-channels/text.zh.ts";
import { en as en7 } from "../../lessons/07-pooling/text.en.ts";
import { zh as zh7 } from "../../lessons/07-pooling/text.zh.ts";
import { en as en8 } from "../../lessons/08-lr-stability/text.en.ts";
import { zh as zh8 } from "../../lessons/08-lr-stability/text.zh.ts";
import { en as en9 } from "../../lessons/09-your-picture/text.en.ts";
import { zh as zh9 } from "../../lessons/09-your-picture/text.zh.ts";
import { lessons } from "../../lessons/index.ts";

type Tree = Record<string, unknown>;

/** "a", "b.c", "f()" … for every leaf. */
function keys(tree: Tree, prefix = ""): string[] {
  return Object.entries(tree).flatMap(([k, v]) =>
    typeof v === "function" ? [`${prefix}${k}()`]
    : v && typeof v === "object" ? keys(v as Tree, `${prefix}${k}.`)
    : [`${prefix}${k}`],
  ).sort();
}

describe.each([
  ["cross-correlation", en1, zh1],
  ["conv2d-layer", en2, zh2],
  ["learn-kernel", en3, zh3],
  ["convolution-vs-correlation", en4, zh4],
  ["padding-stride", en5, zh5],
  ["channels", en6, zh6],
  ["pooling", en7, zh7],
  ["lr-stability", en8, zh8],
  ["your-picture", en9, zh9],
])("%s texts", (_, en, zh) => {
  it("have the same keys, nested ones included, in both languages", () => {
    expect(keys(zh as unknown as Tree)).toEqual(keys(en as unknown as Tree));
  });

  it("are not empty, and no Chinese sentence is a copy of the English (formulas may be)", () => {
    const leaves = (t: Tree): unknown[] => Object.values(t).flatMap((v) => (v && typeof v === "object" ? leaves(v as Tree) : [v]));
    const zhLeaves = leaves(zh as unknown as Tree);
    const enLeaves = leaves(en as unknown as Tree);
    for (const v of zhLeaves) if (typeof v === "string") expect(v.length).toBeGreaterThan(0);
    const same = zhLeaves.filter((v, i) => typeof v === "string" && v === enLeaves[i] && /[a-z]{3,}\s+[a-z]{3,}/i.test(v));
    expect(same).toEqual([]);
  });
});

describe("lesson metadata", () => {
  it("every title, summary and option description in both languages", () => {
    for (const lesson of lessons) {
      for (const text of [lesson.title, lesson.summary, ...lesson.options.map((o) => o.describe)]) {
        expect(text.en.length).toBeGreaterThan(0);
        expect(text.zh.length).toBeGreaterThan(0);
      }
    }
  });
});
