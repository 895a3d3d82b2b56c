// THE practice table: one row per exercise. Adding one is a row here, its words in text.en.ts
// and text.zh.ts, its judge in judges.ts and a reference solution in test/practice/solutions/.
// The workspace file is `NN-slug.ts`; it starts with the task (in the learner's language),
// then the import every file shares, then `code` (the signature, whose body throws "not done yet").
// No texts here, so the lab's menu can count the track without loading them (text.ts has them).

export interface PracticeExercise {
  number: number;
  slug: string;
  /** The lesson whose last step names this exercise. */
  lesson: string;
  /** What the file must export (the judge reads these names). */
  exports: readonly string[];
  /** The file's code after the import line: the exact signature with a "not done yet" body. */
  code: string;
}

/** The stub's body, and the word the checker recognises as "not started". */
export const NOT_DONE = "not done yet";
const todo = `throw new Error("${NOT_DONE}");`;

/** Every workspace file imports the engine this way (the package's own export, issue 14). */
export const IMPORT_LINE = `import { nd, autograd, nn, type NDArray } from "convlab";`;

export const practiceExercises: readonly PracticeExercise[] = [
  {
    number: 1,
    slug: "corr2d",
    lesson: "cross-correlation",
    exports: ["corr2d"],
    code: `export function corr2d(X: NDArray, K: NDArray): NDArray {\n  ${todo}\n}\n`,
  },
  {
    number: 2,
    slug: "conv2d-block",
    lesson: "conv2d-layer",
    exports: ["Conv2d"],
    code: [
      "export class Conv2d extends nn.Block {",
      "  readonly weight: nn.Parameter;",
      "  readonly bias: nn.Parameter;",
      "",
      "  constructor(kernelSize: [number, number]) {",
      "    super();",
      `    ${todo}`,
      "  }",
      "",
      "  forward(x: NDArray): NDArray {",
      `    ${todo}`,
      "  }",
      "}",
      "",
    ].join("\n"),
  },
  {
    number: 3,
    slug: "train",
    lesson: "learn-kernel",
    exports: ["train"],
    code: `export function train(X: NDArray, Y: NDArray, W: NDArray, lr: number, steps: number): number[] {\n  ${todo}\n}\n`,
  },
  {
    number: 4,
    slug: "padding-stride",
    lesson: "padding-stride",
    exports: ["corr2dPadStride"],
    code: `export function corr2dPadStride(X: NDArray, K: NDArray, padding: [number, number], stride: [number, number]): NDArray {\n  ${todo}\n}\n`,
  },
  {
    number: 5,
    slug: "channels",
    lesson: "channels",
    exports: ["corr2dMultiIn", "corr2dMultiInOut"],
    code: [
      "/** X: C×H×W, K: C×h×w → one output, H'×W'. */",
      "export function corr2dMultiIn(X: NDArray, K: NDArray): NDArray {",
      `  ${todo}`,
      "}",
      "",
      "/** X: C×H×W, K: O×C×h×w → O×H'×W'. */",
      "export function corr2dMultiInOut(X: NDArray, K: NDArray): NDArray {",
      `  ${todo}`,
      "}",
      "",
    ].join("\n"),
  },
  {
    number: 6,
    slug: "pool2d",
    lesson: "pooling",
    exports: ["pool2d"],
    code: `export function pool2d(X: NDArray, poolSize: [number, number], mode: "max" | "avg"): NDArray {\n  ${todo}\n}\n`,
  },
  {
    number: 7,
    slug: "kernel-grad",
    lesson: "learn-kernel",
    exports: ["kernelGrad"],
    code: `export function kernelGrad(X: NDArray, dY: NDArray): NDArray {\n  ${todo}\n}\n`,
  },
  {
    number: 8,
    slug: "input-grad",
    lesson: "convolution-vs-correlation",
    exports: ["inputGrad"],
    code: `export function inputGrad(dY: NDArray, K: NDArray): NDArray {\n  ${todo}\n}\n`,
  },
  {
    number: 9,
    slug: "stability-limit",
    lesson: "lr-stability",
    exports: ["stabilityLimit"],
    code: `export function stabilityLimit(X: NDArray): number {\n  ${todo}\n}\n`,
  },
];

/** "01-corr2d.ts". */
export function fileName(exercise: PracticeExercise): string {
  return `${String(exercise.number).padStart(2, "0")}-${exercise.slug}.ts`;
}

/** "01-corr2d": how the exercise is named on screen and in the store. */
export function exerciseName(exercise: PracticeExercise): string {
  return fileName(exercise).slice(0, -3);
}

/** By number ("1", "01") or slug ("corr2d") or file name ("01-corr2d"), or undefined. */
export function findPractice(name: string): PracticeExercise | undefined {
  const n = name.trim().replace(/\.ts$/, "");
  return practiceExercises.find((e) => /^\d+$/.test(n) ? e.number === Number(n) : e.slug === n || exerciseName(e) === n);
}

/** The exercises a lesson's last step names. */
export function practiceForLesson(lessonId: string): PracticeExercise[] {
  return practiceExercises.filter((e) => e.lesson === lessonId);
}

/** The id under which the progress store keeps a practice exercise (beside the lessons' own exercises). */
export function progressId(exercise: PracticeExercise): string {
  return `practice/${exercise.slug}`;
}
