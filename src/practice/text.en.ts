// The practice track's words in English: each exercise's task and hints, and what the
// checker, `convlab practice` and its watch screen say. text.zh.ts is typed by this file.
import type { PracticeText } from "./text.ts";

export const EXERCISE_TEXT: Record<string, PracticeText> = {
  corr2d: {
    title: "2-D cross-correlation, with loops",
    task: [
      "The notebook's first cell. Slide the kernel K (h×w) over X (H×W): the output Y has shape",
      "(H − h + 1) × (W − w + 1), and Y[i, j] is the sum of X[i:i+h, j:j+w] times K, cell by cell.",
      "",
      "Example: X = 0..8 as 3×3 and K = [[0, 1], [2, 3]] give [[19, 25], [37, 43]].",
      "Write the loops yourself (the engine's nd.corr2d is what you are checked against).",
    ],
    hints: [
      "Start with the output: const [h, w] = K.shape; const Y = nd.zeros([X.shape[0] - h + 1, X.shape[1] - w + 1]).",
      "Two loops over Y's cells. The window is X.get([[i, i + h], [j, j + w]]) (or the string form `${i}:${i + h}, ${j}:${j + w}`).",
      "Y.set([i, j], window.mul(K).sum()) stores the window's sum; return Y after the loops.",
    ],
  },
  "conv2d-block": {
    title: "The Conv2d block",
    task: [
      "The notebook's second cell: a layer on nn.Block with a weight shaped like the kernel and a",
      "bias of shape (1,), whose forward is corr2d(x, weight) + bias.",
      "",
      "The checker makes your block, calls initialize({ seed }), sets the weight and bias, compares",
      "forward(X) with the engine, and checks that backward() reaches both parameters.",
    ],
    hints: [
      "In the constructor, parameters come from the block's own dictionary: this.weight = this.params.get(\"weight\", { shape: kernelSize }).",
      "The bias is this.params.get(\"bias\", { shape: 1 }). A parameter's array is .data() (the array itself, so autograd sees it).",
      "forward(x) is nd.corr2d(x, this.weight.data()).add(this.bias.data()): engine ops, so gradients flow.",
    ],
  },
  train: {
    title: "The training loop",
    task: [
      "The notebook's third cell: learn the kernel from X and Y = corr2d(X, [[1, −1]]). W (1×2) is",
      "the starting weight; take `steps` steps of gradient descent at rate lr, updating W in place,",
      "and return the loss of each step, l = Σ (corr2d(X, W) − Y)², computed before its update.",
      "",
      "Checked against the notebook's printed table: from its initial weight (recovered from the",
      "printout), lr 0.016 and ten steps, the losses must read 12.500, 8.163 … 0.295 and W must end",
      "at [0.8634343, −0.8944946]. Random data and starts are compared with the engine's own loop.",
    ],
    hints: [
      "Before the loop: W.attachGrad(), so backward() has somewhere to write ∂l/∂W.",
      "Each step: const l = autograd.record(() => nd.corr2d(X, W).sub(Y).pow(2).sum()); l.backward(); then keep l.asScalar().",
      "The update, in place (as the notebook's weight.data()[:] -= lr * grad): for (let i = 0; i < W.size; i++) W.data[i] -= lr * W.grad.data[i].",
    ],
  },
  "padding-stride": {
    title: "Padding and stride",
    task: [
      "corr2d with zero padding p = [ph, pw] around X and a stride s = [sh, sw]: the window moves",
      "s cells at a time. Each output side is ⌊(n − k + 2p + s) / s⌋.",
      "",
      "Example: X 8×8, K 3×3, padding [1, 1], stride [2, 2] give a 4×4 output.",
    ],
    hints: [
      "Pad first: a zero array of (H + 2·ph) × (W + 2·pw), with X set into its middle, Z.set([[ph, ph + H], [pw, pw + W]], X).",
      "The output has Math.floor((H + 2·ph − h + sh) / sh) rows (columns alike).",
      "Output cell (i, j) reads the padded window whose top-left corner is (i·sh, j·sw).",
    ],
  },
  channels: {
    title: "Several input and output channels",
    task: [
      "corr2dMultiIn: X is C×H×W and K is C×h×w. Cross-correlate each channel with its own",
      "kernel and add the C results: one H'×W' output.",
      "",
      "corr2dMultiInOut: K is O×C×h×w, one C×h×w kernel per output channel. Stack the O results",
      "of corr2dMultiIn: an O×H'×W' output.",
      "",
      "Example (d2l): X = [[[0,1,2],[3,4,5],[6,7,8]], [[1,2,3],[4,5,6],[7,8,9]]] and",
      "K = [[[0,1],[2,3]], [[1,2],[3,4]]] give [[56, 72], [104, 120]].",
    ],
    hints: [
      "X.get([c]) is channel c as a 2-D array (a single index drops the axis); K.get([c]) likewise.",
      "Sum: start from nd.corr2d(X.get([0]), K.get([0])) and .add() the other channels.",
      "Stack: make nd.zeros([O, H', W']) and Y.set([o], corr2dMultiIn(X, K.get([o]))) for each o.",
    ],
  },
  pool2d: {
    title: "Max and average pooling",
    task: [
      "The book's pool2d: slide a poolSize window over X with stride 1 and no padding; each output",
      "is the window's largest value (mode \"max\") or its mean (mode \"avg\").",
      "",
      "Example: X = 0..8 as 3×3 and a 2×2 window give [[4, 5], [7, 8]] (max) and [[2, 3], [5, 6]] (avg).",
    ],
    hints: [
      "The output's shape is corr2d's: (H − p + 1) × (W − q + 1).",
      "The window's numbers are window.data (a Float32Array): Math.max(...window.data) is its largest.",
      "The mean is window.mean().asScalar() (or its sum divided by p·q).",
    ],
  },
  "kernel-grad": {
    title: "∂l/∂K by hand",
    task: [
      "Y = corr2d(X, K). Given ∂l/∂Y (dY, shaped like Y), return ∂l/∂K without autograd.",
      "K[a, b] meets X[i + a, j + b] in output Y[i, j], so ∂l/∂K[a, b] = Σᵢⱼ dY[i, j] · X[i + a, j + b]:",
      "that is itself a cross-correlation, corr2d(X, dY).",
      "",
      "Checked against what autograd writes into K.grad.",
    ],
    hints: [
      "The result has K's shape: (H − dY_h + 1) × (W − dY_w + 1).",
      "Write the sum out with loops, or see that it is corr2d with dY as the kernel.",
      "return nd.corr2d(X, dY) — try the loops too, and compare.",
    ],
  },
  "input-grad": {
    title: "∂l/∂X by hand",
    task: [
      "Y = corr2d(X, K). Given ∂l/∂Y (dY) and K, return ∂l/∂X without autograd.",
      "Each X[p, q] reaches every output whose window covers it: ∂l/∂X is the FULL cross-correlation",
      "of dY with the flipped kernel (dY padded by h − 1 and w − 1 on every side), which is the full",
      "true convolution of dY with K: lesson 4's distinction, now from the other side.",
      "",
      "Checked against what autograd writes into X.grad.",
    ],
    hints: [
      "The result has X's shape: (dY_h + h − 1) × (dY_w + w − 1).",
      "Flipped K: F[a, b] = K[h − 1 − a, w − 1 − b]. Padded dY: zeros of (dY_h + 2(h − 1)) × (dY_w + 2(w − 1)) with dY in the middle.",
      "return nd.corr2d(padded dY, F).",
    ],
  },
  "stability-limit": {
    title: "The stability limit",
    task: [
      "For a 1×2 kernel W over X, l(W) = Σ (W₀·X[i, j] + W₁·X[i, j+1] − Y[i, j])² is quadratic in W.",
      "Let A have one row per output pixel: [X[i, j], X[i, j+1]]. The Hessian is H = 2·AᵀA (2×2),",
      "and gradient descent is stable only for lr < 2 / λmax, λmax the largest eigenvalue of H.",
      "",
      "Return 2 / λmax from X. The notebook's X (ones 6×8, column 4 zero) gives 2/132 ≈ 0.01515:",
      "why its lr 0.016 eventually diverges.",
    ],
    hints: [
      "AᵀA is [[Σa², Σab], [Σab, Σb²]] with a = X[i, j], b = X[i, j+1] over every window.",
      "A symmetric 2×2 [[p, r], [r, q]] has eigenvalues (p + q)/2 ± √(((p − q)/2)² + r²).",
      "Work in plain numbers: X.to2d() gives the rows. Remember the 2 in H = 2·AᵀA.",
    ],
  },
};

export const PRACTICE_WORDS = {
  // commands
  cmd: "Write the notebook's code yourself: a watch screen that checks your files on save",
  cmdInit: "Create a practice workspace (one TypeScript file per exercise)",
  cmdCheck: "Check your files with the engine (exit 0 all pass, 1 not yet, 2 bad usage)",
  posInitDir: "The folder to make (default ./convlab-practice)",
  posDir: "The workspace folder (default: this folder if it is one, else ./convlab-practice)",
  posExercise: "An exercise by number or name (1, corr2d); none: all",
  optJson: "Print the results as JSON",
  exampleInit: "Make the workspace, then edit 01-corr2d.ts",
  exampleCheck: "Check one exercise",
  exampleWatch: "Watch the workspace: re-check on every save",
  // init
  created: (dir: string) => `Created ${dir}:`,
  kept: (n: number) => `kept ${n} file${n === 1 ? "" : "s"} already there (never overwritten)`,
  nothingNew: (dir: string) => `${dir} already holds every file; nothing was overwritten.`,
  nextSteps: (dir: string) => [`Next: open ${dir}/01-corr2d.ts in your editor, then run`, `  npx convlab practice ${dir}`, "and save: it checks your file each time."],
  notADir: (dir: string) => `${dir} exists and is not a folder`,
  cannotWrite: (dir: string, reason: string) => `cannot write in ${dir} (${reason})`,
  // check
  noWorkspace: (dir: string) => `no practice workspace in ${dir}; make one with: convlab practice init ${dir}`,
  unknownExercise: (value: string, names: string) => `unknown exercise "${value}"; choose a number 1–9 or one of: ${names}`,
  summary: (passed: number, total: number) => `${passed} of ${total} passed`,
  // verdicts
  pass: (cases: number) => `passes all ${cases} cases`,
  notDone: "not done yet",
  missingFile: (file: string) => `${file} is missing (convlab practice init makes it again)`,
  noExport: (name: string) => `the file exports no ${name}`,
  wrong: (label: string) => `wrong on ${label}`,
  threw: "threw an error",
  syntax: "does not parse",
  timedOut: (seconds: number) => `timed out after ${seconds} s (an endless loop?)`,
  outOfMemory: (mb: number) => `ran out of memory (the limit is ${mb} MB)`,
  exited: (code: number) => `stopped the check with process.exit(${code})`,
  crashed: (message: string) => `the check could not run: ${message}`,
  inputs: "inputs",
  expected: "expected",
  got: "got",
  // watch screen
  screenTitle: "practice",
  solvedCount: (done: number, total: number) => `${done}/${total} solved`,
  checking: "checking…",
  saveToCheck: "Save the file to check it again.",
  solvedNext: "Solved! n: next exercise.",
  allSolved: "All nine exercises solved: you wrote corr2d, the Conv2d block, the training loop, padding and stride, channels, pooling, both gradients by hand and the stability limit. Well done!",
  hintHeading: (n: number, total: number) => `Hint ${n}/${total}`,
  listHeading: "Exercises",
  fileLine: (file: string) => `file: ${file}`,
  noTerminal: "convlab practice (the watch screen) needs a terminal; without one, use: convlab practice check",
};
