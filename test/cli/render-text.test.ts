// The plain-text frame renderer, called directly.
import stringWidth from "string-width";
import { describe, expect, it } from "vitest";
import type { Frame } from "../../lessons/frame.ts";
import { MESSAGES } from "../../src/cli/messages.ts";
import { renderCode, renderMatrices, renderPictures, renderSeries, renderFrame, renderMatrix } from "../../src/cli/render-text.ts";
import { equationText as renderEquation } from "../../src/draw/equation.ts";
import { pack, renderBlocks, sideBySide, table } from "../../src/draw/text.ts";
import { wrapText as wrap } from "../../src/draw/wrap.ts";
import { yourPicture } from "../../lessons/09-your-picture/index.ts";
import { SHADES } from "../../src/draw/picture.ts";
import { withSummary } from "../../lessons/kit/frame-parts.ts";
import { countUp } from "./fixtures/fake-lesson.ts";

const en = { width: 80, msg: MESSAGES.en };

describe("the shared layout helpers (run, check, image, list and progress all use them)", () => {
  it("table: columns two spaces apart, all but the last padded by display width (CJK counts two)", () => {
    expect(table([["#", "id", "标题"], ["1", "cross-correlation", "二维互相关运算"], ["10", "x", ""]])).toEqual([
      "#   id                 标题",
      "1   cross-correlation  二维互相关运算",
      "10  x",
    ]);
  });

  it("renderMatrices: side by side while they fit, the next band after a blank line", () => {
    const a = { title: "A", values: [[1, 2]] };
    const b = { title: "B", values: [[3], [4]] };
    expect(renderMatrices([a, b], 80)).toEqual(["A 1×2     B 2×1", " 1   2     3", "           4"]);
    expect(renderMatrices([a, b], 12)).toEqual(["A 1×2", " 1   2", "", "B 2×1", " 3", " 4"]);
  });

  it("renderBlocks and sideBySide take any blocks of lines, with their own gap", () => {
    expect(sideBySide([["ab", "c"], ["d"]], "  ")).toEqual(["ab  d", "c"]);
    expect(renderBlocks([["ab"], ["cd"], ["ef"]], 6, " ")).toEqual(["ab cd", "", "ef"]);
  });
});

describe("renderMatrix", () => {
  it("aligns columns, labels the shape and marks window, current and pending cells without colour", () => {
    const lines = renderMatrix({
      title: "X",
      values: [
        [0, 1, -2.5],
        [10, 4, 5],
      ],
      window: [
        [0, 0],
        [0, 1],
      ],
      current: [[1, 0]],
      pending: [[1, 2]],
    });
    // Every cell has a marker slot on each side, so marked and plain cells stay in their columns.
    expect(lines).toEqual(["X 2×3", "[ 0] [1]  -2.500", "<10>  4        ·"]);
  });

  it("spells out NaN and infinities (a diverged run) and keeps the columns aligned", () => {
    expect(renderMatrix({ title: "W", values: [[NaN, Infinity, -Infinity, 0.25]] })).toEqual(["W 1×4", " NaN   ∞   -∞   0.250"]);
  });
});

describe("wrap", () => {
  it("wraps words to the width and cuts words longer than a line", () => {
    expect(wrap("the quick brown fox jumps", 10)).toEqual(["the quick", "brown fox", "jumps"]);
    expect(wrap("abcdefghijkl", 5)).toEqual(["abcde", "fghij", "kl"]);
    expect(wrap("", 10)).toEqual([""]);
  });

  it("measures Chinese characters as two columns and breaks between them", () => {
    const lines = wrap("二维互相关运算是卷积层的核心。", 10);
    expect(lines).toEqual(["二维互相关", "运算是卷积", "层的核心。"]);
    for (const line of lines) expect(stringWidth(line)).toBeLessThanOrEqual(10);
    expect(wrap("核 K 的形状是 1×2", 8).every((l) => stringWidth(l) <= 8)).toBe(true);
  });

  it("never starts a line with a closing mark such as ，or ）: the character before it goes down too", () => {
    expect(wrap("二维互相关，运算", 10)).toEqual(["二维互相", "关，运算"]);
    // (and never inside a bracket: Y[i, j] stays whole, issue 11)
    expect(wrap("写入 Y[i, j]，自动求导", 13)).toEqual(["写入", "Y[i, j]，自动", "求导"]);
    expect(wrap("（至多 0.05）。", 12)).toEqual(["（至多", "0.05）。"]);
    for (const width of [8, 11, 20, 37, 50, 80]) {
      const text = "在 MXNet 里，笔记本自己写的 Conv2d 块无法学习：它的 corr2d 逐个元素写入 Y[i, j]，自动求导无法对此求梯度（每个权重与目标相差不超过 0.05，偏差与 0 相差不超过 0.05）。";
      const lines = wrap(text, width);
      for (const line of lines) {
        expect(line).not.toMatch(/^[，。、；：！？）]/);
        expect(stringWidth(line)).toBeLessThanOrEqual(width);
      }
      expect(lines.join("").replace(/ /g, "")).toBe(text.replace(/ /g, ""));
    }
  });
});

describe("pack", () => {
  it("keeps items whole, three spaces apart, wrapping between items", () => {
    expect(pack(["loss = 0.5", "lr = 0.016", "iteration = 3"], 30)).toEqual(["loss = 0.5   lr = 0.016", "iteration = 3"]);
    expect(pack([], 10)).toEqual([]);
  });
});

describe("renderSeries", () => {
  it("lines several series up by padding their labels", () => {
    const a = renderSeries(withSummary({ id: "a", label: "loss, lr 0.01", values: [3, 2, 1] }), 80, MESSAGES.en, 14);
    const b = renderSeries(withSummary({ id: "b", label: "loss, lr 0.035", values: [1, 2, 3] }), 80, MESSAGES.en, 14);
    expect(a).toBe("loss, lr 0.01   █▅▁  first 3  last 1  min 1");
    expect(b).toBe("loss, lr 0.035  ▁▅█  first 1  last 3  min 1");
  });

  it("prints the lesson's summary (first, last, min) as given, and computes none itself", () => {
    const values = [4, 2, 3];
    expect(renderSeries({ id: "s", label: "loss", values, summary: { first: 4, last: 3, min: 2 } }, 80, MESSAGES.en)).toBe("loss  █▁▅  first 4  last 3  min 2");
    // a summary the renderer could not have computed from the values is what it prints
    expect(renderSeries({ id: "s", label: "loss", values, summary: { first: 9, last: 8, min: 7 } }, 80, MESSAGES.en)).toMatch(/first 9 {2}last 8 {2}min 7$/);
    expect(renderSeries({ id: "s", label: "loss", values }, 80, MESSAGES.en)).toBe("loss  █▁▅");
  });

  it("fits a long series into the width left beside the label and numbers", () => {
    const line = renderSeries(withSummary({ id: "l", label: "loss", values: Array.from({ length: 500 }, (_, i) => 500 - i) }), 60, MESSAGES.en);
    expect(stringWidth(line)).toBeLessThanOrEqual(60);
    expect(line).toMatch(/^loss  █[▁-█]+▁  first 500  last 1  min 1$/);
  });
});

describe("equations and code", () => {
  it("joins tokens as they are (they carry their own spacing)", () => {
    const tokens = ["0", "×", "0", " + ", "1", "×", "1", " = ", "1"].map((text) => ({ text }));
    expect(renderEquation({ label: "Y[0, 0]", tokens })).toBe("Y[0, 0]: 0×0 + 1×1 = 1");
  });

  it("marks the lines this step runs", () => {
    expect(renderCode({ lines: ["a();", "  b();", "c();"], current: [1] })).toEqual(["  a();", "▶   b();", "  c();"]);
  });
});

describe("renderFrame", () => {
  const frameAt = (step: number, lang: "en" | "zh" = "en"): Frame => {
    let s = countUp.init({ n: "3", "start-at": "-1,2" });
    for (let i = 0; i < step; i++) s = countUp.next(s);
    return countUp.frame(s, lang);
  };

  it("draws a whole frame as plain text", () => {
    expect(renderFrame(frameAt(1), en)).toBe(
      [
        "Count to 2  (step 2/3)",
        "──────────────────────",
        "We count one number at a time.",
        "",
        "C 1×3         S 1×2",
        " 1  [2]  ·    <-1>  2",
        "[ ] window   < > current   · not computed yet",
        "",
        "sum: 1 + 1 = 2",
        "",
        "k = 2",
        "count  ▁█  first 1  last 2  min 1",
        "",
        "code:",
        "  let k = 0;",
        "▶ k += 1;",
        "",
      ].join("\n"),
    );
  });

  it("writes the outcome on the last step and contains no ANSI codes", () => {
    const text = renderFrame(frameAt(2), en);
    expect(text).toContain("\nDONE: counted to 3\n");
    expect(text).not.toMatch(/\u001b\[/);
  });

  it("stacks matrices that do not fit side by side", () => {
    const text = renderFrame(frameAt(0), { ...en, width: 12 });
    expect(text).toContain("\nC 1×3\n[1]  ·   ·\n\nS 1×2\n<-1>  2\n");
  });

  it("fits Chinese text to the width by display columns", () => {
    const frame = { ...frameAt(0, "zh"), narrative: ["二维互相关运算：核在输入上滑动，每个位置的乘积之和就是输出的一个元素。"] };
    const lines = renderFrame(frame, { width: 20, msg: MESSAGES.zh }).split("\n");
    expect(lines[0]).toBe("数到 1  （第 1/3 步）");
    expect(lines[1]).toBe("─".repeat(20));
    const narrative = lines.slice(2, lines.indexOf(""));
    expect(narrative.length).toBeGreaterThan(1);
    for (const line of narrative) expect(stringWidth(line)).toBeLessThanOrEqual(20);
    expect(narrative.join("")).toBe(frame.narrative[0]);
  });
});

describe("pictures (lesson 9's MatrixView.picture) as shade characters", () => {
  const lastFrame = (lang: "en" | "zh" = "en"): Frame => {
    let s = yourPicture.init({});
    for (let i = 0; i < 3; i++) s = yourPicture.next(s);
    return yourPicture.frame(s, lang);
  };
  const shadeLine = new RegExp(`^[${SHADES.replace(/[-\\^\]]/g, "\\$&")}]*$`);

  it("draws the input and output pictures side by side within 80 columns, not as numbers", () => {
    const frame = lastFrame();
    const text = renderFrame(frame, en);
    expect(text).not.toMatch(/\u001b/);
    const lines = text.split("\n");
    const title = lines.findIndex((l) => l.startsWith("picture 32×48") && l.includes("conv2d(picture, edge)"));
    expect(title).toBeGreaterThan(0);
    // the output's title is whole: what does not fit beside the input's wraps under it, never cut
    expect(lines[title]).not.toContain("…");
    expect(lines[title]).toContain("conv2d(picture, edge) as grey levels");
    expect(lines[title + 1]!.trim()).toBe("32×48");
    // 32 pixel rows → at most 16 text rows, each two shade-character columns three spaces apart
    const rows = lines.slice(title + 2, lines.indexOf("", title));
    expect(rows.length).toBeGreaterThan(8);
    expect(rows.length).toBeLessThanOrEqual(16);
    for (const line of [lines[title]!, lines[title + 1]!, ...rows]) expect(stringWidth(line)).toBeLessThanOrEqual(80);
    for (const row of rows) {
      const [left, right] = [row.slice(0, 38), row.slice(41)];
      expect(left).toMatch(shadeLine);
      expect(right).toMatch(shadeLine);
    }
    // the picture's grey levels are not printed as a grid of numbers
    expect(text).not.toContain("0.45");
    // the kernel, not a picture, is still numbers with its brackets legend rules intact
    expect(text).toContain("K (edge) 3×3");
  });

  it("stacks the pictures when narrow and keeps every line within the width", () => {
    const lines = renderPictures(lastFrame().matrices.filter((m) => m.picture), 30);
    for (const line of lines) expect(stringWidth(line)).toBeLessThanOrEqual(30);
    const titles = lines.filter((l) => /32×48$|…$/.test(l));
    expect(titles).toHaveLength(2);
    expect(lines.indexOf(titles[1]!)).toBeGreaterThan(lines.indexOf(titles[0]!) + 5);
  });

  it("tiny, one-pixel and empty pictures never throw", () => {
    expect(renderPictures([{ title: "p", values: [[0.5]] }], 80)).toEqual(["p 1×1", "+"]);
    expect(renderPictures([{ title: "p", values: [[1, 0]] }, { title: "q", values: [[0]] }], 5)).toHaveLength(5);
    const empty: Frame = { ...lastFrame(), matrices: [{ id: "e", title: "e", values: [], picture: true }] };
    expect(() => renderFrame(empty, en)).not.toThrow();
  });

  it("reads in Chinese too (titles cut by display width)", () => {
    expect(renderPictures(lastFrame("zh").matrices.filter((m) => m.picture), 60).every((l) => stringWidth(l) <= 60)).toBe(true);
  });
});
