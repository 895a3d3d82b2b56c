// Lesson 3's verdict after a divergence: the advice must work, and the cause named must be true.
import { describe, expect, it } from "vitest";
import { learnKernel as lesson } from "../../lessons/03-learn-kernel/index.ts";
import { OptionError } from "../../lessons/lesson.ts";
import { walk } from "./helpers.ts";

const last = (options: Record<string, unknown>, lang: "en" | "zh" = "en") => walk(lesson, options, lang).at(-1)!;

describe("advice after a divergence", () => {
  it.each(["seed", "d2l"] as const)("%s: `--lr 0.05` diverges; the advised rate (below the limit) converges", (preset) => {
    const f = last({ preset, lr: 0.05, epochs: 100 });
    expect(f.outcome?.kind).toBe("diverged");
    const text = f.narrative.join(" ");
    expect(text).not.toMatch(/halve/i);
    const limit = Number(/below ([\d.]+) converges/.exec(text)![1]);
    const advised = Number(/e\.g\. ([\d.]+)\./.exec(text)![1]);
    expect(limit).toBeCloseTo(lesson.summarize(lesson.init({ preset })).lrLimit as number, 4);
    expect(advised).toBeLessThan(limit);
    // Follow the advice: it converges, for many iterations.
    const after = lesson.summarize(lesson.init({ preset, lr: advised, epochs: 1000 }));
    expect(after.diverged).toBe(false);
    expect(after.finalLoss as number).toBeLessThan(1e-6);
  });

  it("halving 0.05 is not enough (why the old advice was wrong)", () => {
    expect(lesson.summarize(lesson.init({ lr: 0.025, epochs: 200 })).diverged).toBe(true);
  });

  it("says the same in Chinese, with no halving", () => {
    const text = last({ lr: 0.05 }, "zh").narrative.join("");
    expect(text).toContain("低于 0.01515");
    expect(text).not.toContain("减半");
  });
});

describe("the initial weight is bounded (±1e6), so a stable rate never diverges", () => {
  it.each(["1e30,0", "1e39,0", "0,-1000001"])("refuses --init-weight=%s, naming the bound", (value) => {
    try {
      lesson.init({ "init-weight": value, lr: 0.001 });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(OptionError);
      expect((error as OptionError).option).toBe("init-weight");
      expect((error as OptionError).allowed).toContain("from -1000000 to 1000000");
      expect((error as OptionError).allowedText!.zh).toContain("-1000000 到 1000000");
    }
  });

  it("accepts the bound itself, and a stable rate then converges", () => {
    const s = lesson.summarize(lesson.init({ "init-weight": "1e6,-1e6", lr: 0.015, epochs: 1000 }));
    expect(s.initialWeight).toEqual([[1e6, -1e6]]);
    expect(s.diverged).toBe(false);
  });

  it("refuses an edited W beyond the bound, and keeps the old state", () => {
    const s = lesson.init();
    const u = lesson.update(s, { type: "edit", matrix: "W", values: [[1e30, 0]] });
    expect(u.ok).toBe(false);
    if (!u.ok) expect(u.error.en).toContain("keep numbers between −1e6 and 1e6");
  });

  it("blames the learning rate only when it is above the limit", () => {
    const unstable = last({ lr: 0.05 });
    expect(unstable.outcome!.message).toContain("above the stable limit");
    // A stable rate: never diverges, so the verdict is done, never "lr … above".
    const stable = last({ lr: 0.001, "init-weight": "1e6,1e6", epochs: 200 });
    expect(stable.outcome!.kind).toBe("done");
  });
});
