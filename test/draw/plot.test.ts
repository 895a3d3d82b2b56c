// src/draw/plot.ts: a contour plot with a path, as lines of spans — pure, sized, readable without colour.
import stringWidth from "string-width";
import { describe, expect, it } from "vitest";
import type { Plot } from "../../lessons/frame.ts";
import { drawPlot, plainLine, PLOT_SYMBOL, plotHeight } from "../../src/draw/plot.ts";

/** x² + y² on [-2, 2]², levels 1 and 2.25 (circles of radius 1 and 1.5), a path from (-1.5, 1.5) to the centre. */
function bowl(points: [number, number][] = [[-1.5, 1.5], [-0.5, 0.5], [0, 0]]): Plot {
  const n = 21;
  const at = (i: number) => -2 + (4 * i) / (n - 1);
  return {
    id: "bowl",
    title: "x² + y²",
    x: { label: "x", min: -2, max: 2 },
    y: { label: "y", min: -2, max: 2 },
    grid: Array.from({ length: n }, (_, r) => Array.from({ length: n }, (_, c) => at(c) ** 2 + at(r) ** 2)),
    levels: [1, 2.25],
    levelsLabel: "levels 1, 2.25",
    path: { label: "p", points },
    marks: [{ label: "centre", at: [0, 0] }],
  };
}

const text = (plot: Plot, width: number, height: number) => drawPlot(plot, width, height).map(plainLine);

describe("drawPlot", () => {
  it("fits the width and height it is given, at every size", () => {
    for (const [w, h] of [[30, 12], [60, 20], [80, 24], [120, 40], [29, 30]] as const) {
      const lines = text(bowl(), w, h);
      expect(lines.length).toBeLessThanOrEqual(h);
      for (const line of lines) expect(stringWidth(line)).toBeLessThanOrEqual(w);
      expect(plotHeight(bowl(), w, h)).toBe(lines.length);
    }
  });

  it("keeps equal units on both axes: a square range is twice as many columns as rows", () => {
    const lines = text(bowl(), 200, 20);
    const area = lines.filter((l) => /[┤│]/.test(l));
    const axis = lines.find((l) => l.includes("└"))!;
    const columns = stringWidth(axis) - axis.indexOf("└") - 1;
    expect(columns).toBe(2 * area.length);
  });

  it("draws the title, y ticks, the axis with x ticks and label, and a legend in the plot's words", () => {
    const lines = text(bowl(), 60, 20);
    expect(lines[0]).toBe("x² + y²");
    expect(lines[1]).toMatch(/^ *2 ┤/);
    expect(lines.find((l) => l.includes("└"))).toBeDefined();
    const ticks = lines[lines.findIndex((l) => l.includes("└")) + 1]!;
    expect(ticks.trim()).toMatch(/^-2 +x +2$/);
    const legend = lines.slice(lines.findIndex((l) => l.includes("└")) + 2).join(" ");
    expect(legend).toContain(`${PLOT_SYMBOL.point} p`);
    expect(legend).toContain(`${PLOT_SYMBOL.current} p: [0, 0]`);
    expect(legend).toContain("+ centre");
    expect(legend).toContain("levels 1, 2.25");
  });

  it("contours are braille dots; the path's points are symbols a reader tells apart without colour", () => {
    const spans = drawPlot(bowl(), 60, 20).flat();
    expect(spans.filter((s) => s.role === "contour").map((s) => s.text).join("")).toMatch(/[\u2801-\u28ff]/);
    expect(spans.filter((s) => s.role === "point").map((s) => s.text).join("")).toContain(PLOT_SYMBOL.point);
    // the current point wins over the mark at the same place
    expect(spans.filter((s) => s.role === "current" && s.text === PLOT_SYMBOL.current)).toHaveLength(2); // area + legend
    expect(spans.some((s) => s.role === "mark" && s.text === "+")).toBe(true); // in the legend at least
  });

  it("two circles give two rings: every area row crosses the contours at most four times", () => {
    const lines = text(bowl([[0, 0]]), 80, 24);
    const middle = lines[Math.floor(lines.filter((l) => /[┤│]/.test(l)).length / 2) + 1]!;
    const runs = middle.slice(middle.search(/[┤│]/) + 1).match(/[\u2801-\u28ff]+/g) ?? [];
    expect(runs.length).toBe(4);
  });

  it("a path that runs far off the plot (a diverged run) is clipped, quickly", () => {
    const far = bowl([[0, 0], [1e30, -1e30], [Infinity, 0]]);
    const lines = text(far, 60, 20);
    expect(lines.length).toBeGreaterThan(5);
    expect(lines.join("\n")).toMatch(/[\u2801-\u28ff]/);
  });

  it("leaves out what does not fit, and a plot with no range", () => {
    expect(drawPlot(bowl(), 10, 4)).toEqual([]);
    expect(drawPlot({ ...bowl(), x: { label: "x", min: 1, max: 1 } }, 60, 20)).toEqual([]);
  });
});
