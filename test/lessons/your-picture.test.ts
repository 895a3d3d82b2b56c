// Lesson 9 (your own picture): the project's picture and its PNG, grey conversion, scaling,
// kernels by name and as JSON, the frames, the shading of outputs, edits and refusals.
import { readFileSync } from "node:fs";
import { PNG } from "pngjs";
import { describe, expect, it } from "vitest";
import { OptionError } from "../../lessons/lesson.ts";
import { yourPicture as lesson } from "../../lessons/09-your-picture/index.ts";
import { KERNELS, readKernel } from "../../lessons/09-your-picture/kernels.ts";
import { DEFAULT_SIZE, defaultPicture, fitPicture, greyFromRgba } from "../../lessons/09-your-picture/picture.ts";
import { filterPicture, shade } from "../../lessons/09-your-picture/run.ts";
import { en } from "../../lessons/09-your-picture/text.en.ts";
import { zh } from "../../lessons/09-your-picture/text.zh.ts";
import { corr2d, nd } from "../../src/engine/index.ts";
import { pictureBytes } from "../../scripts/make-picture.ts";
import { num } from "../../lessons/kit/frame-parts.ts";
import { matrix, stepTo, walk } from "./helpers.ts";

describe("convlab's own picture", () => {
  it("is 48×32 grey levels in whole 1/255 steps, with dark and light parts", () => {
    const p = defaultPicture();
    expect([p[0]!.length, p.length]).toEqual([DEFAULT_SIZE.width, DEFAULT_SIZE.height]);
    const flat = p.flat();
    expect(flat.every((v) => v >= 0 && v <= 1 && Number.isInteger(Math.round(v * 255 * 1e6) / 1e6))).toBe(true);
    expect(Math.min(...flat)).toBeLessThan(0.1);
    expect(Math.max(...flat)).toBe(1);
  });
  it("assets/picture.png holds exactly these pixels, and the script makes the same bytes", () => {
    const bytes = readFileSync(new URL("../../assets/picture.png", import.meta.url));
    const png = PNG.sync.read(bytes);
    const grey = greyFromRgba(png.data, png.width, png.height);
    const own = defaultPicture();
    grey.forEach((row, i) => row.forEach((v, j) => expect(v).toBeCloseTo(own[i]![j]!, 6)));
    expect(pictureBytes().equals(bytes)).toBe(true);
  });
});

describe("grey and scaling", () => {
  it("luma 0.299 R + 0.587 G + 0.114 B; transparent pixels are white", () => {
    const rgba = [255, 0, 0, 255, 0, 255, 0, 255, 0, 0, 255, 255, 0, 0, 0, 0];
    const [row] = greyFromRgba(rgba, 4, 1);
    expect(row![0]).toBeCloseTo(0.299, 6);
    expect(row![1]).toBeCloseTo(0.587, 6);
    expect(row![2]).toBeCloseTo(0.114, 6);
    expect(row![3]).toBe(1);
  });
  it("fitPicture keeps small pictures, halves a 4×4 into 2×2 box means, keeps the aspect ratio", () => {
    const p = [[0, 1, 2, 3], [4, 5, 6, 7], [8, 9, 10, 11], [12, 13, 14, 15]];
    expect(fitPicture(p, 10, 10)).toEqual(p);
    expect(fitPicture(p, 2, 10)).toEqual([[2.5, 4.5], [10.5, 12.5]]);
    const wide = Array.from({ length: 600 }, () => Array(1000).fill(0.5));
    const fitted = fitPicture(wide, 48, 48);
    expect([fitted[0]!.length, fitted.length]).toEqual([48, 28]);
    expect(fitted.flat().every((v) => Math.abs(v - 0.5) < 1e-12)).toBe(true);
  });
});

describe("kernels", () => {
  it("names: edge and sobel-x sum to 0, blur and sharpen to 1", () => {
    const sum = (k: number[][]) => k.flat().reduce((a, b) => a + b, 0);
    expect(sum(KERNELS.edge)).toBe(0);
    expect(sum(KERNELS["sobel-x"])).toBe(0);
    expect(sum(KERNELS.blur)).toBeCloseTo(1, 12);
    expect(sum(KERNELS.sharpen)).toBe(1);
  });
  it("readKernel: a name, a JSON matrix, or a refusal in both languages", () => {
    expect(readKernel("blur")).toMatchObject({ ok: true, value: { name: "blur" } });
    expect(readKernel("[[1,-1]]")).toEqual({ ok: true, value: { name: "custom", values: [[1, -1]] } });
    expect(readKernel("wobble")).toMatchObject({ ok: false, reason: { en: expect.stringContaining("edge, blur, sharpen, sobel-x"), zh: expect.any(String) } });
    expect(readKernel("[[1],[2,3]]")).toMatchObject({ ok: false });
    expect(readKernel(JSON.stringify(Array(10).fill(Array(10).fill(1))))).toMatchObject({ ok: false, reason: { en: expect.stringContaining("at most 9×9") } });
  });
});

describe("filtering by the engine", () => {
  it("an odd kernel keeps the size and equals corr2d of the zero-padded picture", () => {
    const p = defaultPicture().slice(10, 16).map((r) => r.slice(5, 13));
    const y = filterPicture(p, KERNELS.edge);
    expect([y.length, y[0]!.length]).toEqual([6, 8]);
    const padded = [Array(10).fill(0), ...p.map((r) => [0, ...r, 0]), Array(10).fill(0)];
    const ref = corr2d(nd.array(padded), nd.array(KERNELS.edge)).to2d();
    y.forEach((row, i) => row.forEach((v, j) => expect(v).toBeCloseTo(ref[i]![j]!, 5)));
  });
  it("shade: signed outputs around mid-grey for zero-sum kernels, clipped levels otherwise", () => {
    expect(shade([[-2, 0, 1]], [[1, -1]])).toEqual([[0, 0.5, 0.75]]);
    expect(shade([[0, 0]], [[1, -1]])).toEqual([[0.5, 0.5]]);
    expect(shade([[-0.5, 0.25, 1.5, NaN]], [[1]])).toEqual([[0, 0.25, 1, 0]]);
  });
});

describe("the lesson", () => {
  const all = walk(lesson);

  it("has 4 steps: picture, kernel, one pixel, the output", () => {
    expect(all.map((f) => f.step)).toEqual([0, 1, 2, 3]);
    expect(all.map((f) => f.done)).toEqual([false, false, false, true]);
    expect(matrix(all[0]!, "picture")).toMatchObject({ picture: true });
    expect(matrix(all[3]!, "Y")).toMatchObject({ picture: true });
  });
  it("the pixel step writes out the centre pixel, equal to the output there", () => {
    const f = all[2]!;
    const { i, j, value } = f.record as { i: number; j: number; value: number };
    const y = filterPicture(defaultPicture(), KERNELS.edge);
    expect(value).toBe(y[i]![j]);
    expect(f.equations[0]!.tokens.at(-1)!.text).toBe(f.narrative[0]!.match(/= (-?[\d.]+)\./)![1]);
    expect(matrix(f, "picture").window).toHaveLength(9);
  });
  it("the output step shows the shaded output with its range", () => {
    const f = all[3]!;
    const y = filterPicture(defaultPicture(), KERNELS.edge);
    expect(matrix(f, "Y").values).toEqual(shade(y, KERNELS.edge));
    expect(f.scalars.find((s) => s.id === "max")!.value).toBe(Math.max(...y.flat()));
  });
  it("a given picture and an even kernel: the output loses a column", () => {
    const f = walk(lesson, { picture: [[0, 1, 0], [1, 0, 1]], kernel: "[[1,-1]]" }).at(-1)!;
    expect(matrix(f, "Y").values[0]).toHaveLength(2);
    expect(f.record).toMatchObject({ kernel: "custom", width: 2, height: 2, min: -1, max: 1 });
  });
  it("editing K recomputes the output; a kernel too large or another matrix is refused", () => {
    const s = lesson.next(lesson.next(lesson.next(lesson.init())));
    const r = lesson.update(s, { type: "edit", matrix: "K", values: [[0, 0, 0], [0, 1, 0], [0, 0, 0]] });
    expect(r.ok && matrix(lesson.frame(r.state, "en"), "Y").values).toEqual(defaultPicture().map((row) => row.map((v) => Math.fround(v))));
    const tiny = lesson.init({ picture: [[1]] });
    expect(lesson.update(tiny, { type: "edit", matrix: "K", values: [[1, 1, 1, 1]] })).toMatchObject({ ok: false, error: { en: "kernel 1×4 does not fit in the picture 1×1" } });
    expect(lesson.update(s, { type: "edit", matrix: "picture", values: [[1]] })).toMatchObject({ ok: false });
  });
  it("bad options are OptionErrors naming the option", () => {
    expect(() => lesson.init({ kernel: "wobble" })).toThrow(/^--kernel:/);
    expect(() => lesson.init({ picture: "[[1,2],[3]]" })).toThrow(/^--picture:/);
    expect(() => lesson.init({ picture: [[1]], kernel: "[[1,1,1,1]]" })).toThrow(OptionError);
  });
  it("texts: the same keys in both languages; Chinese frames in Chinese", () => {
    const keys = (o: object, p = ""): string[] => Object.entries(o).flatMap(([k, v]) => (v && typeof v === "object" ? keys(v, `${p}${k}.`) : [`${p}${k}`])).sort();
    expect(keys(zh)).toEqual(keys(en));
    expect(walk(lesson, {}, "zh")[0]!.heading).toBe(zh.pictureHeading);
  });
});

describe("your-picture: the shown output is labelled for what it is", () => {
  const last = (options: Record<string, unknown>, lang: "en" | "zh" = "en") => walk(lesson, options, lang).at(-1)!;

  it("a 1×1 picture: the pixel step's value and the output's numbers agree; the picture is titled grey levels", () => {
    const frames = walk(lesson, { picture: [[0.5]] });
    const pixel = frames.find((f) => f.record.kind === "pixel")!;
    const value = pixel.record.value as number;
    const f = frames.at(-1)!;
    const grey = f.matrices.find((m) => m.id === "Y")!;
    const values = f.matrices.find((m) => m.id === "Yvalues")!;
    expect(values.values).toEqual([[value]]);
    expect(values.title).toBe("Y = conv2d(picture, edge)");
    expect(grey.title).toContain("grey levels");
    expect(grey.picture).toBe(true);
    expect(last({ picture: [[0.5]] }, "zh").matrices.find((m) => m.id === "Y")!.title).toContain("灰度");
  });

  it("the default 48×32 picture shows only the grey levels (its numbers would not fit)", () => {
    expect(last({}).matrices.map((m) => m.id)).toEqual(["picture", "K", "Y"]);
  });

  it.each([[[[5]]], [[[0, -0.1]]], ["[[0.5, 1.01]]"]])("refuses a picture outside 0…1: %j", (picture) => {
    try {
      lesson.init({ picture });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(OptionError);
      expect((error as OptionError).option).toBe("picture");
      expect((error as OptionError).allowed).toContain("from 0 to 1");
    }
  });

  it("accepts 0 and 1 themselves", () => {
    expect(() => lesson.init({ picture: [[0, 1], [1, 0]] })).not.toThrow();
  });
});

describe("your-picture: the kernel picker (`choose`, keys 1–5)", () => {
  const NAMES = ["edge", "blur", "sharpen", "sobel-x"] as const;
  /** corr2d written plainly over the zero-padded picture, as the notebook writes it: no engine. */
  function plainFilter(x: number[][], k: number[][]): number[][] {
    const [ph, pw] = [Math.floor((k.length - 1) / 2), Math.floor((k[0]!.length - 1) / 2)];
    const at = (r: number, c: number) => x[r]?.[c] ?? 0;
    return x.map((row, i) => row.map((_, j) => k.reduce((sum, kr, a) => kr.reduce((s2, kv, b) => s2 + at(i - ph + a, j - pw + b) * kv, sum), 0)));
  }
  const choose = (state: ReturnType<typeof lesson.init>, index: number) => {
    const u = lesson.update(state, { type: "choose", index });
    if (!u.ok) throw new Error(u.error.en);
    return u.state;
  };

  it("names the five choices in both languages, the learner's own last", () => {
    expect(lesson.choices!.names.map((n) => n.en)).toEqual(["edge", "blur", "sharpen", "sobel-x", "your kernel"]);
    expect(lesson.choices!.names.map((n) => n.zh)).toEqual(["边缘核", "模糊核", "锐化核", "sobel-x 核", "你的核"]);
    expect(lesson.choices!.what).toEqual({ en: "kernel", zh: "核" });
  });

  it.each(NAMES.map((name, index) => [name, index] as const))("choosing %s (index %i) runs it through the engine: the output equals a plain corr2d of the padded picture", (name, index) => {
    const end = choose(stepTo(lesson, lesson.init(), 3), index);
    expect(end.step).toBe(3); // the learner stays where they are
    const plain = plainFilter(defaultPicture(), KERNELS[name]);
    end.run.forEach((row, i) => row.forEach((v, j) => expect(v).toBeCloseTo(plain[i]![j]!, 5)));
    const f = lesson.frame(end, "en");
    expect(matrix(f, "K")).toMatchObject({ title: `K (${name})`, values: KERNELS[name] });
    expect(matrix(f, "Y").values).toEqual(shade(end.run, KERNELS[name]));
    // every number the texts quote comes from this run
    const flat = end.run.flat();
    expect(f.record).toMatchObject({ kernel: name, min: Math.min(...flat), max: Math.max(...flat) });
    expect(f.narrative[0]).toContain(`from ${num(Math.min(...flat))} to ${num(Math.max(...flat))}`);
    expect(f.outcome?.message).toBe(`The picture through ${name}, by nd.conv2d.`);
  });

  it("blur at the centre pixel, by hand: 13 of its 16 weights on the wall (115/255), 3 on the lit window (1)", () => {
    const pixel = lesson.frame(choose(stepTo(lesson, lesson.init(), 2), 1), "en");
    expect(pixel.record).toMatchObject({ kind: "pixel", i: 15, j: 23 });
    expect(pixel.record.value as number).toBeCloseTo((13 * (115 / 255) + 3) / 16, 6);
    expect(pixel.heading).toBe("One output pixel, Y[15, 23]");
    expect(pixel.narrative[0]).toContain("Y[15, 23] = 0.554");
  });

  it("the pixel step marks the window on the picture and the pixel on the output", () => {
    const f = lesson.frame(stepTo(lesson, lesson.init(), 2), "en");
    const window = matrix(f, "picture").window!;
    expect(window).toHaveLength(9);
    expect(window[0]).toEqual([14, 22]);
    expect(window.at(-1)).toEqual([16, 24]);
    expect(matrix(f, "Y")).toMatchObject({ picture: true, current: [[15, 23]] });
  });

  it("the verdicts follow the kernel: signed for edge and sobel-x, grey levels for blur and sharpen, in both languages", () => {
    const texts = (index: number, lang: "en" | "zh") => lesson.frame(choose(stepTo(lesson, lesson.init(), 3), index), lang).narrative.join(" ");
    expect(texts(0, "en")).toContain("weights sum to 0");
    expect(texts(1, "en")).toContain("do not sum to 0");
    expect(texts(2, "zh")).toContain("权重之和不为 0");
    expect(texts(3, "zh")).toContain("权重之和为 0");
  });

  it("your own kernel (5): refused until the learner has one, then the edited K, kept while other kernels are tried", () => {
    const start = stepTo(lesson, lesson.init(), 1);
    expect(lesson.update(start, { type: "choose", index: 4 })).toMatchObject({ ok: false, error: { en: expect.stringContaining("press e"), zh: expect.stringContaining("按 e") } });
    const mine = [[0, 0, 0], [0, 2, 0], [0, 0, 0]];
    const edited = lesson.update(start, { type: "edit", matrix: "K", values: mine });
    if (!edited.ok) throw new Error("edit refused");
    const back = choose(choose(edited.state, 1), 4);
    expect(matrix(lesson.frame(back, "en"), "K")).toMatchObject({ title: "K (your kernel)", values: mine });
    expect(lesson.frame(back, "zh").narrative[0]).toBe(zh.kernelAbout.custom);
    // a kernel given as JSON is the learner's own from the start
    expect(lesson.update(lesson.init({ kernel: "[[1,-1]]" }), { type: "choose", index: 4 }).ok).toBe(true);
  });

  it("a 1×1 picture still takes a 3×3 kernel (padding 1); an index past the five is refused", () => {
    const tiny = lesson.init({ picture: [[1]], kernel: "[[1]]" });
    expect(lesson.update(tiny, { type: "choose", index: 1 })).toMatchObject({ ok: true });
    expect(lesson.update(tiny, { type: "choose", index: 7 })).toMatchObject({ ok: false });
  });
});
