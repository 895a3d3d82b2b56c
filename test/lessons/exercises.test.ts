// Every exercise with a right, a wrong and a malformed answer; the verdicts come from the engine.
import { describe, expect, it } from "vitest";
import { exercises, findExercise, type CheckResult } from "../../lessons/exercises.ts";

function check(id: string, answer: unknown): CheckResult {
  const ex = findExercise(id);
  if (!ex) throw new Error(`no exercise ${id}`);
  return ex.check(answer);
}

/** A verdict's reason is one line in each language. */
function expectReason(r: CheckResult, en: RegExp, zh?: RegExp) {
  expect(r.reason.en).toMatch(en);
  if (zh) expect(r.reason.zh).toMatch(zh);
  for (const text of [r.reason.en, r.reason.zh]) expect(text).not.toContain("\n");
}

const right = (r: CheckResult) => expect(r).toMatchObject({ pass: true });
const wrong = (r: CheckResult) => {
  expect(r.pass).toBe(false);
  expect(r.malformed).toBeUndefined();
};
const malformed = (r: CheckResult) => expect(r).toMatchObject({ pass: false, malformed: true });

describe("corr2d-target: X and K giving Y = [[1, 2], [3, 4]]", () => {
  it.each([
    ["the top-left picker", { X: [[1, 2, 0], [3, 4, 0], [0, 0, 0]], K: [[1, 0], [0, 0]] }],
    ["the bottom-right picker", { X: [[9, 9, 9], [9, 1, 2], [9, 3, 4]], K: [[0, 0], [0, 1]] }],
    ["other sizes: a 1×1 kernel", { X: [[1, 2], [3, 4]], K: [[1]] }],
    ["halves, despite float32", { X: [[0.5, 1, 0], [1.5, 2, 0], [0, 0, 0]], K: [[2, 0], [0, 0]] }],
  ])("right: %s", (_name, answer) => {
    const r = check("corr2d-target", answer);
    right(r);
    expectReason(r, /^Right: corr2d\(X, K\) = \[\[1, 2\], \[3, 4\]\]/, /^正确/);
  });

  it("wrong: the notebook's X and K give [[19, 25], [37, 43]], shown beside the target", () => {
    const r = check("corr2d-target", findExercise("corr2d-target")!.start);
    wrong(r);
    expectReason(r, /corr2d\(X, K\) = \[\[19, 25\], \[37, 43\]\], not \[\[1, 2\], \[3, 4\]\]: 4 of 4 cells differ/);
    expect(r.shown?.map((s) => [s.id, s.values])).toEqual([
      ["Y", [[1, 2], [3, 4]]],
      ["corr2d", [[19, 25], [37, 43]]],
    ]);
  });

  it("wrong: one cell off", () => {
    const r = check("corr2d-target", { X: [[1, 2, 0], [3, 5, 0], [0, 0, 0]], K: [[1, 0], [0, 0]] });
    expectReason(r, /1 of 4 cells differ/);
  });

  it("wrong: an output of another shape names both shapes and the rule", () => {
    const r = check("corr2d-target", { X: [[1, 2, 3, 4]], K: [[1]] });
    wrong(r);
    expectReason(r, /X 1×4 and K 1×1 give a 1×4 output \(\(H − h \+ 1\) × \(W − w \+ 1\)\), but Y is 2×2/);
  });

  it("wrong: a kernel larger than X is explained in both languages, not thrown", () => {
    const r = check("corr2d-target", { X: [[1, 2]], K: [[1], [2]] });
    wrong(r);
    expectReason(r, /K 2×1 does not fit in X 1×2/, /K 2×1 放不进 X 1×2/);
  });

  it.each([
    ["a bare matrix", [[1]], /several parts \(X \(input\), K \(kernel\)\)/],
    ["a missing K", { X: [[1]] }, /has no K \(kernel\)/],
    ["an extra part", { X: [[1]], K: [[1]], Y: [[1]] }, /"Y" is not part of this answer/],
    ["a ragged X", { X: [[1, 2], [3]], K: [[1]] }, /X \(input\): every row must have the same length \(row 1 has 2 numbers, row 2 has 1\)/],
    ["a string entry", { X: [[1, "2"]], K: [[1]] }, /X \(input\) \(row 1, column 2\) must be a number, not "2"/],
    ["an empty K", { X: [[1]], K: [] }, /K \(kernel\) is empty/],
    ["K not a matrix", { X: [[1]], K: 3 }, /K \(kernel\) must be a matrix/],
    ["a flat list", { X: [1, 2, 3], K: [[1]] }, /X \(input\) must be a matrix/],
    ["an overflowing number", { X: [[1e999]], K: [[1]] }, /must be a finite number, not Infinity/],
    ["a huge number", { X: [[1e7]], K: [[1]] }, /keep numbers between −1e6 and 1e6/],
    ["too large a matrix", { X: Array(9).fill(Array(9).fill(0)), K: [[1]] }, /X \(input\) is 9×9; at most 8×8/],
    ["null", null, /several parts/],
  ])("malformed: %s", (_name, answer, reason) => {
    const r = check("corr2d-target", answer);
    malformed(r);
    expectReason(r, reason, /[\u4e00-\u9fff]/);
  });
});

describe("output-shape: 6×8 input, 3×3 kernel, padding 1, stride 2", () => {
  it("right: [3, 4], as the engine's conv2d computes it", () => {
    const r = check("output-shape", [3, 4]);
    right(r);
    expectReason(r, /conv2d gives a 3×4 output/);
  });
  it("also as an object naming the field", () => right(check("output-shape", { shape: [3, 4] })));

  it.each([
    [[3, 3], /height is right; the width is not/],
    [[4, 4], /width is right; the height is not/],
    [[6, 8], /Neither/],
    [[4, 7], /Neither/], // forgetting the padding: (6−3+1)=4, (8−3+1)=6 → stride → 2×3… any wrong pair
  ])("wrong: %j", (answer, reason) => {
    const r = check("output-shape", answer);
    wrong(r);
    expectReason(r, reason);
  });

  it.each([
    [[3.5, 4], /must be a whole number, not 3.5/],
    [[0, 4], /must be greater than 0, not 0/],
    [[-3, 4], /must be greater than 0/],
    ["3x4", /must be a list of 2 numbers/],
    [[3, 4, 1], /must have 2 numbers, not 3/],
    [[3, "4"], /\(number 2\) must be a number, not "4"/],
    [{ shape: [3, 4], extra: 1 }, /"extra" is not part of this answer/],
  ])("malformed: %j", (answer, reason) => {
    const r = check("output-shape", answer);
    malformed(r);
    expectReason(r, reason);
  });
});

describe("horizontal-edge: finds the edges of Xᵀ, nothing on X", () => {
  it.each([
    [[[1], [-1]]],
    [[[-1], [1]]],
    [[[1, 0], [-1, 0]]],
    [[[1, 1], [-1, -1]]],
    [[[1, 2, 1], [0, 0, 0], [-1, -2, -1]]], // Sobel
    [[[0.1, 0.2], [-0.1, -0.2]]], // float32 rounding must not count as a response
  ])("right: %j", (K) => {
    const r = check("horizontal-edge", K);
    right(r);
    expectReason(r, /^Right: on Xᵀ your kernel responds only at the edges/);
    expect(r.shown?.find((s) => s.id === "unwanted")?.values.flat().every((v) => v === 0 || Math.abs(v) < 1e-6)).toBe(true);
  });

  it("the [[1], [−1]] kernel responds in output rows 3 and 4 of Xᵀ (its dark row is 4)", () => {
    expectReason(check("horizontal-edge", [[1], [-1]]), /output rows 3, 4/);
  });

  it("wrong: the starting kernel (vertical, stacked) finds nothing on Xᵀ", () => {
    const r = check("horizontal-edge", findExercise("horizontal-edge")!.start);
    wrong(r);
    expectReason(r, /finds nothing on the horizontal edges of Xᵀ/, /Xᵀ 的水平边缘/);
  });

  it("wrong: the lesson's own [[1, −1]] finds nothing on Xᵀ", () => {
    expectReason(check("horizontal-edge", [[1, -1]]), /finds nothing on the horizontal edges/);
  });

  it("wrong: a kernel that sees brightness, not edges", () => {
    const r = check("horizontal-edge", [[1, 0], [0, 0]]);
    wrong(r);
    expectReason(r, /responds to plain brightness: .* gives 1 everywhere. Make its numbers add up to 0/);
  });

  it("wrong: a diagonal kernel also responds to the vertical edges of X", () => {
    const r = check("horizontal-edge", [[0, 1], [-1, 0]]);
    wrong(r);
    expectReason(r, /also responds to the vertical edges of X/);
  });

  it("wrong: all zeros", () => wrong(check("horizontal-edge", [[0, 0], [0, 0]])));

  it.each([
    [[[1, 2, 3, 4, 5, 6, 7]], /K \(kernel\) is 1×7; at most 6×6/],
    [[[]], /K \(kernel\) is empty/],
    [[1, -1], /K \(kernel\) must be a matrix/],
    [{ K: [[1], [-1]], X: 1 }, /"X" is not part of this answer/],
    [[[true], [false]], /must be a number, not true/],
  ])("malformed: %j", (K, reason) => {
    const r = check("horizontal-edge", K);
    malformed(r);
    expectReason(r, reason);
  });
});

describe("diagonal-edge: finds the ↘ edge of D, nothing on the mirrored M", () => {
  it.each([[[[0, 1], [-1, 0]]], [[[0, -1], [1, 0]]], [[[0, 2], [-2, 0]]]])("right: %j", (K) => {
    const r = check("diagonal-edge", K);
    right(r);
    expect(r.shown?.map((s) => s.id)).toEqual(["D", "M", "wanted", "unwanted"]);
  });

  it("wrong: the starting kernel compares along the edge and sees nothing on D", () => {
    const r = check("diagonal-edge", findExercise("diagonal-edge")!.start);
    wrong(r);
    expectReason(r, /finds nothing on the ↘ edge of D/);
  });

  it.each([[[[1], [-1]]], [[[1, -1]]]])("wrong: a horizontal or vertical kernel %j also sees the ↙ edge", (K) => {
    const r = check("diagonal-edge", K);
    wrong(r);
    expectReason(r, /also responds to the ↙ edge of M/);
  });

  it("wrong: a blur", () => expectReason(check("diagonal-edge", [[1, 1], [1, 1]]), /gives 4 everywhere/));

  it.each([[[[0, 1], [-1]]], ["[[0,1],[-1,0]]"], [[[0, 1], [-1, null]]]])("malformed: %j", (K) => malformed(check("diagonal-edge", K)));
});

describe("lr-diverge: the notebook's training (column 4 dark)", () => {
  it.each([0.016, 0.02, 1])("right: lr %s diverges, and the reason says why (2/λ_max)", (lr) => {
    const r = check("lr-diverge", lr);
    right(r);
    expectReason(r, /^Diverged: .*\(iteration \d+\)\. The loss is a quadratic in W with curvatures \(Hessian eigenvalues\) 12 and 132; .* the largest stable step is 2\/132 ≈ 0\.01515\./);
    expect(r.series?.[0]?.values.length).toBeGreaterThan(5);
  });

  it("right: a huge rate overflows to a non-finite loss", () => {
    expectReason(check("lr-diverge", 100), /the loss became ∞/);
  });

  it("trains from the notebook's own start, as lessons 3 and 8 do: the first loss is the notebook's 12.500", () => {
    for (const lr of [0.01, 0.016, 0.02]) expect(check("lr-diverge", lr).series![0]!.values[0]).toBeCloseTo(12.5, 3);
  });
  it("the notebook's own 0.016 falls first, then climbs (the lesson's divergence rule)", () => {
    expectReason(check("lr-diverge", 0.016), /the loss fell to [\d.]+ at iteration \d+, then climbed every step/);
  });

  it.each([0.001, 0.01, 0.015])("wrong: lr %s converges", (lr) => {
    const r = check("lr-diverge", lr);
    wrong(r);
    expectReason(r, /At this rate the training converges/, /收敛/);
  });

  it("wrong: just above the limit diverges too slowly to see in 200 iterations, and says so", () => {
    const r = check("lr-diverge", 0.0152);
    wrong(r);
    expectReason(r, /Above the limit, so it does diverge — but slowly/);
  });

  it.each([
    [0, /greater than 0/],
    [-0.5, /greater than 0/],
    ["0.02", /must be a number, not "0.02"/],
    [[0.02], /must be a number/],
    [1000, /Learning rate must be at most 100, not 1000/],
    [{ rate: 0.02 }, /"rate" is not part of this answer/],
  ])("malformed: %j", (lr, reason) => {
    const r = check("lr-diverge", lr);
    malformed(r);
    expectReason(r, reason);
  });
});

describe("lr-converge: the book's training (columns 2–5 dark) below 0.01 in 10 iterations", () => {
  it.each([0.025, 0.03, 0.033])("right: lr %s", (lr) => {
    const r = check("lr-converge", lr);
    right(r);
    expectReason(r, /^Converged: after 10 iterations the loss is [\d.e-]+ < 0\.01.*2\/60 ≈ 0\.03333/);
  });

  it.each([0.005, 0.02])("wrong: lr %s is too slow", (lr) => {
    expectReason(check("lr-converge", lr), /^Too slow: after 10 iterations the loss is/);
  });

  it("wrong: 0.034 is below 0.01 after 10 iterations but above the limit, and diverges later", () => {
    const r = check("lr-converge", 0.034);
    wrong(r);
    expectReason(r, /but the rate is above the stability limit: run longer and it climbs back \(it diverges at iteration \d+\)/);
  });

  it("wrong: 0.05 diverges within the 10 iterations", () => {
    expectReason(check("lr-converge", 0.05), /At this rate the training diverges/);
  });

  it.each([[Number.NaN], ["fast"], [null], [{}]])("malformed: %j", (lr) => malformed(check("lr-converge", lr)));
});

describe("handwritten-conv2d: the notebook's block learns [1, −1] like nn.Conv2D", () => {
  it.each([
    { lr: 0.009, epochs: 50 },
    { lr: 0.005, epochs: 300 },
  ])("right: %j — both learn the same kernel", (answer) => {
    const r = check("handwritten-conv2d", answer);
    right(r);
    expectReason(r, /^Both learned the kernel: the hand-written block W = \[[\d.]+, -[\d.]+\], bias [-\d.e]+; nn\.Conv2D W = /);
    const [hand, conv] = r.shown!;
    expect(hand!.values[0]![0]).toBeCloseTo(1, 1);
    expect(hand!.values[0]![1]).toBeCloseTo(-1, 1);
    expect(hand!.values).toEqual(conv!.values); // same start, same maths: the same numbers
  });

  it("wrong: the notebook's lr 0.016 diverges once the bias learns too; the limit is computed (2/212.6)", () => {
    const r = check("handwritten-conv2d", findExercise("handwritten-conv2d")!.start);
    wrong(r);
    expectReason(r, /diverged at iteration \d+\. .*curvatures \(Hessian eigenvalues\) 3\.386 and 212\.6.*2\/212\.6 ≈ 0\.009407/);
  });

  it("wrong: too few iterations", () => {
    const r = check("handwritten-conv2d", { lr: 0.009, epochs: 5 });
    wrong(r);
    expectReason(r, /After 5 iterations W = \[.*\] and bias .*: not yet within 0\.05/);
  });

  it.each([
    [{ lr: 0.009 }, /has no iterations/],
    [{ lr: 0.009, epochs: 0 }, /Iterations must be from 1 to 1000, not 0/],
    [{ lr: 0.009, epochs: 1001 }, /from 1 to 1000/],
    [{ lr: 0.009, epochs: 2.5 }, /whole number/],
    [{ lr: "0.009", epochs: 10 }, /Learning rate must be a number/],
    [[0.009, 50], /several parts/],
  ])("malformed: %j", (answer, reason) => {
    const r = check("handwritten-conv2d", answer);
    malformed(r);
    expectReason(r, reason);
  });
});

describe("flip-kernel: corr2d(X, K′) is the convolution X ∗ K", () => {
  it("right: K turned by half a turn; it convolves the lesson's X", () => {
    const r = check("flip-kernel", [[3, 2], [1, 0]]);
    right(r);
    expectReason(r, /corr2d\(δ, K′\) gives K back.*X ∗ K = \[\[5, 11\], \[23, 29\]\]/);
    expect(r.shown?.find((s) => s.id === "onDelta")?.values).toEqual([[0, 1], [2, 3]]);
  });
  it.each([[[[0, 1], [2, 3]]], [[[1, 0], [3, 2]]], [[[0, -1], [-2, -3]]]])("wrong: %j", (K) => {
    const r = check("flip-kernel", K);
    wrong(r);
    expectReason(r, /^corr2d\(δ, K′\) = .*; a convolution of the impulse would give K = \[\[0, 1\], \[2, 3\]\]/);
  });
  it("wrong: another shape than K's", () => expectReason(check("flip-kernel", [[3, 2, 1]]), /K′ is 1×3; it must have K's shape, 2×2/));
  it.each([[[[3, 2], [1]]], ["flip"], [[[3, 2], [1, 0], [0, 0], [0, 0], [0, 0]]]])("malformed: %j", (K) => malformed(check("flip-kernel", K)));
});

describe("same-shape: padding and stride that keep a 6×8 input's shape under a 5×5 kernel", () => {
  it("right: [2, 1]", () => {
    const r = check("same-shape", [2, 1]);
    right(r);
    expectReason(r, /conv2d gives 6×8, the input's shape/);
  });
  it.each([
    [[1, 1], /gives 4×6, not 6×8/],
    [[2, 2], /gives 3×4, not 6×8/],
    [[0, 1], /gives 2×4, not 6×8/],
  ])("wrong: %j", (ps, reason) => {
    const r = check("same-shape", ps);
    wrong(r);
    expectReason(r, reason);
  });
  it.each([
    [[2, 0], /stride is how far the window moves: at least 1/],
    [[-1, 1], /must be from 0 to 10, not -1/],
    [[2.5, 1], /whole number/],
    [[2], /must have 2 numbers, not 1/],
  ])("malformed: %j", (ps, reason) => {
    const r = check("same-shape", ps);
    malformed(r);
    expectReason(r, reason);
  });
});

describe("one-by-one: a 1×1 kernel that sums channels and takes a difference", () => {
  it("right: [[1, 1, 1], [1, 0, −1]]", () => {
    const r = check("one-by-one", [[1, 1, 1], [1, 0, -1]]);
    right(r);
    expect(r.shown?.find((s) => s.id === "out0")?.values).toEqual(r.shown?.find((s) => s.id === "want0")?.values);
  });
  it.each([
    [[[1, 0, 0], [0, 1, 0]], /output channels 0 and 1 wrong/],
    [[[1, 1, 1], [1, 0, 1]], /output channel 1 wrong/],
    [[[1, 1, 1], [-1, 0, 1]], /output channel 1 wrong/],
    [[[1, 1], [1, 1]], /The kernel is 2×2; it needs one row per output channel and one column per input channel: 2×3/],
  ])("wrong: %j", (W, reason) => {
    const r = check("one-by-one", W);
    wrong(r);
    expectReason(r, reason);
  });
  it.each([[[[1, 1, 1], [1, 0]]], [{ W: "[[1,1,1],[1,0,-1]]" }], [[[1, 1, 1, 1, 1]]]])("malformed: %j", (W) => malformed(check("one-by-one", W)));
});

describe("pool-puzzle: max pooling gives 4s while average pooling gives 1s", () => {
  it.each([[[[0, 0, 0], [0, 4, 0], [0, 0, 0]]], [[[2, -1, 2], [-1, 4, -1], [2, -1, 2]]]])("right: %j", (X) => {
    const r = check("pool-puzzle", X);
    right(r);
    expect(r.shown?.map((s) => s.values)).toEqual([[[4, 4], [4, 4]], [[1, 1], [1, 1]]]);
  });
  it.each([
    [[[0, 1, 2], [3, 4, 5], [6, 7, 8]], /^Max pooling gives \[\[4, 5\], \[7, 8\]\]/],
    [[[4, 0, 0], [0, 4, 0], [0, 0, 0]], /^Average pooling gives \[\[2, 1\], \[1, 1\]\]/],
    [[[4, 4], [4, 4]], /X is 2×2; the targets are for a 3×3 input/],
  ])("wrong: %j", (X, reason) => {
    const r = check("pool-puzzle", X);
    wrong(r);
    expectReason(r, reason);
  });
  it.each([[[[0, 0, 0], [0, 4, 0], [0, 0]]], [[[0, 0, 0, 0]].concat([[0, 0, 0, 0]], [[0, 0, 0, 0]], [[0, 0, 0, 0]])], [null]])("malformed: %j", (X) => malformed(check("pool-puzzle", X)));
});

describe("picture-blur: a kernel that blurs convlab's own picture, measured on it", () => {
  const box = Array.from({ length: 3 }, () => [1 / 9, 1 / 9, 1 / 9]);
  it.each([
    ["the 3×3 box", box],
    ["the 3×3 box written with four decimals (weights add up to 0.9999)", Array.from({ length: 3 }, () => [0.1111, 0.1111, 0.1111])],
    ["the Gaussian blur", [[1, 2, 1], [2, 4, 2], [1, 2, 1]].map((r) => r.map((v) => v / 16))],
    ["a two-pixel average across (another size)", [[0.5, 0.5]]],
    ["a 5×5 box", Array.from({ length: 5 }, () => Array(5).fill(0.04))],
  ])("right: %s", (_name, K) => {
    const r = check("picture-blur", K);
    right(r);
    expectReason(r, /^Right: on the picture, the brightness stays at 0\.58\d and the roughness falls from 0\.0\d+ to 0\.0\d+ \(\d+% less\)/, /^正确/);
  });
  it.each([
    ["the identity (the start)", [[0, 0, 0], [0, 1, 0], [0, 0, 0]], /hardly smoother: its roughness goes from 0\.0102 to 0\.0102, 0% less/],
    ["half a box: the picture darkens", box.map((r) => r.map((v) => v / 2)), /the mean goes from 0\.586 to 0\.293\. K's weights add up to 0\.5; a blur's add up to 1/],
    ["sharpen keeps brightness but roughens", [[0, -1, 0], [-1, 5, -1], [0, -1, 0]], /hardly smoother/],
    ["nearly the identity", [[0.05, 0.95]], /hardly smoother/],
  ])("wrong: %s", (_name, K, reason) => {
    const r = check("picture-blur", K);
    wrong(r);
    expectReason(r, reason);
  });
  it.each([[[[1, 1], [1]]], [null], [Array.from({ length: 10 }, () => Array(10).fill(0.01))]])("malformed: %j", (K) => malformed(check("picture-blur", K)));
});

describe("picture-horizontal-edges: a kernel that answers the picture's horizontal edges and not its vertical ones", () => {
  it.each([
    ["sobel-y", [[-1, -2, -1], [0, 0, 0], [1, 2, 1]]],
    ["the notebook's [1, −1] turned upright", [[1], [-1]]],
    ["fractions whose columns add up to 0 only up to float32 rounding", [[0.1, 0.2], [0.2, 0.1], [-0.3, -0.3]]],
  ])("right: %s", (_name, K) => {
    const r = check("picture-horizontal-edges", K);
    right(r);
    expectReason(r, /^Right: K answers the horizontal edges \(largest \|output\| [\d.]+\) and gives 0 on the vertical ones\. On the picture itself it answers most at row \d+\./, /^正确/);
  });
  it.each([
    ["sobel-x, the start: vertical edges", [[-1, 0, 1], [-2, 0, 2], [-1, 0, 1]], /^K gives nothing on the picture's horizontal edges/],
    ["the Laplacian: both directions", [[-1, -1, -1], [-1, 8, -1], [-1, -1, -1]], /but also the vertical ones/],
    ["a blur: flat areas answer too", [[0.5], [0.5]], /but also the vertical ones/],
    ["all zeros", [[0, 0], [0, 0]], /^K gives nothing/],
  ])("wrong: %s", (_name, K, reason) => {
    const r = check("picture-horizontal-edges", K);
    wrong(r);
    expectReason(r, reason);
  });
  it.each([[[[1], [-1, 0]]], ["sobel"], [Array.from({ length: 10 }, () => Array(10).fill(1))]])("malformed: %j", (K) => malformed(check("picture-horizontal-edges", K)));
});

describe("lr-oscillate: a rate at which W₀ + W₁'s error flips sign every step yet shrinks, judged from the curvature", () => {
  it.each([0.01, 0.015, 0.0151])("right: %s (1/132 < lr < 2/132)", (lr) => {
    const r = check("lr-oscillate", lr);
    right(r);
    expectReason(r, /^Right, judged from the curvature: 1 − lr·λ_max = 1 − [\d.]+ × 132 = -0\.\d+ is negative/, /^正确（根据曲率判断）/);
    const errors = r.series![0]!.values;
    expect(errors).toHaveLength(41);
    // the run shows it: signs alternate while the error is not 0, and it ends smaller than it started
    for (let i = 1; i < errors.length; i++) if (errors[i] !== 0 && errors[i - 1] !== 0) expect(Math.sign(errors[i]!)).toBe(-Math.sign(errors[i - 1]!));
    expect(Math.abs(errors.at(-1)!)).toBeLessThan(Math.abs(errors[0]!));
  });
  it.each([
    ["the start: smooth", 0.005, /1 − 0\.005 × 132 = 0\.34 is not negative, so the error keeps its sign/],
    ["exactly 1/λ_max: no flip", 1 / 132, /= 0 is not negative/],
    ["the notebook's 0.016: diverges", 0.016, /\|1 − 0\.016 × 132\| = 1\.11 is above 1, so the error flips sign and grows every step — from -0\.0107 to -0\.75 in 40 iterations/],
    ["exactly 2/λ_max: never converges", 2 / 132, /flips sign but keeps its size/],
  ])("wrong: %s", (_name, lr, reason) => {
    const r = check("lr-oscillate", lr);
    wrong(r);
    expectReason(r, reason);
    expect(r.series![0]!.values).toHaveLength(41);
  });
  it.each([["fast"], [-0.01], [0], [{ lr: 0.01, epochs: 3 }]])("malformed: %j", (lr) => malformed(check("lr-oscillate", lr)));
});

describe("lr-limit: 2/λ_max = 2/132 to three significant digits", () => {
  it.each([0.0152, 0.01515, 0.015151515, 0.01524, 2 / 132])("right: %s rounds to 0.0152", (limit) => {
    const r = check("lr-limit", limit);
    right(r);
    expectReason(r, /^Right: the limit is 2\/λ_max = 2\/132 = 0\.01515, which is 0\.0152 to 3 significant digits/, /^正确/);
  });
  it.each([
    ["the notebook's 0.016", 0.016, /^0\.016 is 0\.0160 to 3 significant digits: not the limit\. At lr 0\.016, \|1 − lr·λ_max\| = \|1 − 0\.016 × 132\| = 1\.11: the run diverges\./],
    ["0.01525 rounds up to 0.0153", 0.01525, /is 0\.0153 to 3 significant digits/],
    ["truncated, not rounded", 0.0151, /0\.0151 is 0\.0151 .* = 0\.993: the run oscillates and converges/],
    ["1/λ_max, where oscillation starts", 1 / 132, /is 0\.00758 to 3 significant digits/],
  ])("wrong: %s", (_name, limit, reason) => {
    const r = check("lr-limit", limit);
    wrong(r);
    expectReason(r, reason);
    // a wrong verdict says which way the run goes, never the answer itself
    for (const text of [r.reason.en, r.reason.zh]) expect(text).not.toMatch(/0\.0152(?!\d)|0\.01515/);
  });
  it.each([["0.0152"], [-0.0152], [null]])("malformed: %j", (limit) => malformed(check("lr-limit", limit)));
});

it("every exercise has a right, a wrong and a malformed case above", () => {
  expect(exercises.map((e) => e.id).sort()).toEqual(
    [
      "corr2d-target",
      "diagonal-edge",
      "flip-kernel",
      "handwritten-conv2d",
      "horizontal-edge",
      "lr-converge",
      "lr-diverge",
      "lr-limit",
      "lr-oscillate",
      "one-by-one",
      "output-shape",
      "picture-blur",
      "picture-horizontal-edges",
      "pool-puzzle",
      "same-shape",
    ],
  );
});

describe("exercise verdicts' series carry their summary (renderers compute nothing)", () => {
  it("lr-diverge's loss series: first and last value", () => {
    const r = findExercise("lr-diverge")!.check(0.05);
    expect(r.series!.length).toBeGreaterThan(0);
    for (const s of r.series!) expect(s.summary).toMatchObject({ first: s.values[0], last: s.values.at(-1) });
  });
});

describe("handwritten-conv2d: a run blowing up is not called a bug", () => {
  it("lr 1 for 5 iterations: weights near 1e9 differ by float32 rounding only", () => {
    const r = findExercise("handwritten-conv2d")!.check({ lr: 1, epochs: 5 });
    expect(r.pass).toBe(false);
    expect(r.reason.en).not.toMatch(/bug in convlab/);
  });
});

// Issue 16 §1: a checker never calls an unstable answer right, and never refuses a right answer
// because of a tolerance. One test per hole found going through every checker.
describe("checkers judge the run continued, not only the iterations asked", () => {
  it("handwritten-conv2d: lr 0.0095 looks learned after 60 iterations but is above 2/212.6: wrong, judged from the curvature", () => {
    const r = check("handwritten-conv2d", { lr: 0.0095, epochs: 60 });
    wrong(r);
    expectReason(r, /above the stability limit 2\/212\.6 ≈ 0\.009407 \(judged from the curvature\).*diverges at iteration 101/, /曲率/);
  });

  it("handwritten-conv2d: just below the limit (0.0094) stays right", () => {
    right(check("handwritten-conv2d", { lr: 0.0094, epochs: 80 }));
  });
});

describe("checkers allow for float32 rounding of the learner's own numbers", () => {
  it("corr2d-target: decimals that float32 cannot hold exactly (131072.35 − 131071.35) still give Y", () => {
    const r = check("corr2d-target", { X: [[131072.35, 131071.35, 131069.35], [7, 4, 0], [0, 0, 0]], K: [[1, -1], [0, 0]] });
    right(r);
    expectReason(r, /^Right: corr2d\(X, K\) = \[\[0\.992, 2\], \[3, 4\]\]: Y up to float32 rounding/, /^正确/);
  });

  it("corr2d-target: a cell off by more than rounding is still wrong", () => {
    wrong(check("corr2d-target", { X: [[1.01, 2, 0], [3, 4, 0], [0, 0, 0]], K: [[1, 0], [0, 0]] }));
  });
});
