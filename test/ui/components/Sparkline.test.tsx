import { afterEach, expect, test } from "vitest";
import { Sparkline } from "../../../src/ui/components/Sparkline.tsx";
import { cleanupRendered, renderTerminal } from "../../helpers/render.tsx";

afterEach(cleanupRendered);

/** What a lesson puts in Series.summary (the test picks it; the component prints it). */
function summaryOf(values: number[]) {
  if (values.length === 0) return undefined;
  const finite = values.filter(Number.isFinite);
  return { first: values[0]!, last: values.at(-1)!, min: finite.length > 0 ? Math.min(...finite) : NaN };
}

const draw = (values: number[], log = false, width = 40): string =>
  renderTerminal(<Sparkline series={{ id: "loss", label: "loss", values, log, summary: summaryOf(values) }} width={width} lang="en" />).frame();

test("sparkline edge cases: empty, one point, flat, non-finite, 100 000 points, log scale", () => {
  const cases = {
    empty: draw([]),
    onePoint: draw([3.5]),
    flat: draw([2, 2, 2, 2, 2]),
    nonFinite: draw([4, 2, NaN, 1, Infinity, -Infinity]),
    hundredThousand: draw(Array.from({ length: 100_000 }, (_, i) => 1 / (1 + i))),
    log: draw([1000, 100, 10, 1, 0.1], true),
  };
  expect(cases.empty).toBe("loss");
  expect(cases.nonFinite).toContain("× NaN");
  expect(cases.hundredThousand.split("\n")[0]).toHaveLength("loss ".length + 35);
  expect(cases).toMatchSnapshot();
});

test("Chinese labels: the line starts after the wide label", () => {
  const f = renderTerminal(<Sparkline series={{ id: "loss", label: "损失", values: [3, 2, 1], summary: { first: 3, last: 1, min: 1 } }} width={30} lang="zh" />).frame();
  expect(f).toMatchSnapshot();
  expect(f).toContain("最初 3 · 最新 1 · 最小 1");
});

test("the numbers come from the lesson's summary; without one, the line alone (the UI computes none)", () => {
  const withSummary = renderTerminal(<Sparkline series={{ id: "l", label: "loss", values: [5, 1, 3], summary: { first: 5, last: 3, min: 1 } }} width={30} lang="en" />).frame();
  expect(withSummary).toContain("first 5 · last 3 · min 1");
  const without = renderTerminal(<Sparkline series={{ id: "l", label: "loss", values: [5, 1, 3] }} width={30} lang="en" />).frame();
  expect(without).toBe("loss █▁▅");
  const allBad = renderTerminal(<Sparkline series={{ id: "l", label: "loss", values: [NaN, Infinity], summary: { first: NaN, last: Infinity, min: NaN } }} width={30} lang="en" />).frame();
  expect(allBad).toContain("first NaN · last ∞  (× NaN");
});
