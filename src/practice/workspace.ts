// The learner's workspace: a folder with one file per exercise, a tsconfig.json that gives
// editors the engine's types, and a short README. `init` never overwrites: a file already
// there is kept as it is (it may hold the learner's work), so running it twice is safe.
import { existsSync, mkdirSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { Lang } from "../i18n.ts";
import { exerciseName, fileName, IMPORT_LINE, practiceExercises, type PracticeExercise } from "./exercises.ts";
import { practiceText } from "./text.ts";

export const DEFAULT_DIR = "convlab-practice";

export interface InitResult {
  dir: string;
  created: string[];
  kept: string[];
}

/**
 * The engine's declarations for editors, relative to `dir`: the package's built types
 * (dist/types/, issue 14) when installed, else the engine's sources (a clone).
 */
function engineTypes(dir: string): string | undefined {
  let root = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(root, "package.json")) && dirname(root) !== root) root = dirname(root);
  const candidates = [join(root, "dist", "types", "index.d.ts"), join(root, "dist", "engine.d.ts"), join(root, "src", "engine", "index.ts")];
  const found = candidates.find((f) => existsSync(f));
  return found && relative(dir, found).split("\\").join("/");
}

function tsconfig(dir: string): string {
  const types = engineTypes(dir);
  const config = {
    // written by `convlab practice init`: editors resolve "convlab" to the engine's types
    compilerOptions: {
      target: "ES2022",
      module: "ESNext",
      moduleResolution: "bundler",
      strict: true,
      noEmit: true,
      allowImportingTsExtensions: true,
      skipLibCheck: true,
      types: [],
      ...(types ? { paths: { convlab: [types.startsWith(".") ? types : `./${types}`] } } : {}),
    },
    include: ["*.ts"],
  };
  return JSON.stringify(config, null, 2) + "\n";
}

const README: Record<Lang, (files: string[]) => string> = {
  en: (files) =>
    [
      "# convlab practice",
      "",
      "Write the notebook's code yourself; convlab checks it with its engine.",
      "",
      "- Open this folder in your editor and start with `01-corr2d.ts`: its opening comment says what to write.",
      "- Run `npx convlab practice` here: it checks the exercise on every save (`h` hint, `n` next, `l` list, `q` quit).",
      "- Or check once: `npx convlab practice check` (all), `npx convlab practice check 1` (one).",
      "- Every file imports the engine as `import { nd, autograd, nn, type NDArray } from \"convlab\";`.",
      "",
      "Your code runs on your machine, in a worker with a time and memory limit, with no other sandbox.",
      "",
      "Files:",
      ...files.map((f) => `- ${f}`),
      "",
    ].join("\n"),
  zh: (files) =>
    [
      "# convlab 练习",
      "",
      "自己写笔记本里的代码，convlab 用它的引擎来检查。",
      "",
      "- 在编辑器中打开这个文件夹，从 `01-corr2d.ts` 开始：文件开头的注释说明了要写什么。",
      "- 在这里运行 `npx convlab practice`：每次保存都会检查当前练习（`h` 提示，`n` 下一个，`l` 列表，`q` 退出）。",
      "- 或者只检查一次：`npx convlab practice check`（全部），`npx convlab practice check 1`（一个）。",
      "- 每个文件都这样导入引擎：`import { nd, autograd, nn, type NDArray } from \"convlab\";`。",
      "",
      "你的代码在你自己的机器上运行：在有时间和内存上限的 worker 中，没有其他沙箱。",
      "",
      "文件：",
      ...files.map((f) => `- ${f}`),
      "",
    ].join("\n"),
};

/** The whole exercise file as `init` writes it: the task as a comment, the import, the signature. */
export function stubFile(exercise: PracticeExercise, lang: Lang): string {
  const text = practiceText(exercise, lang);
  const comment = [`convlab practice ${exerciseName(exercise)} · ${text.title}`, "", ...text.task];
  return [...comment.map((l) => (l === "" ? "//" : `// ${l}`)), "", IMPORT_LINE, "", exercise.code].join("\n");
}

/** Writes every file that is not there yet; throws a NodeJS error when the folder cannot be made or written. */
export function initWorkspace(dirArg: string, lang: Lang): InitResult {
  const dir = resolve(dirArg);
  if (existsSync(dir) && !statSync(dir).isDirectory()) throw Object.assign(new Error(`${dir} is not a folder`), { code: "ENOTDIR" });
  mkdirSync(dir, { recursive: true });
  const files = new Map<string, () => string>(practiceExercises.map((e) => [fileName(e), () => stubFile(e, lang)]));
  files.set("tsconfig.json", () => tsconfig(dir));
  files.set("README.md", () => README[lang](practiceExercises.map(fileName)));
  const result: InitResult = { dir, created: [], kept: [] };
  for (const [name, content] of files) {
    const path = join(dir, name);
    try {
      // "wx": fails if the file exists, so even a file made a moment ago is never overwritten
      writeFileSync(path, content(), { flag: "wx" });
      result.created.push(name);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      result.kept.push(name);
    }
  }
  return result;
}

/** Is `dir` a workspace (it holds at least one exercise file)? */
export function isWorkspace(dir: string): boolean {
  return practiceExercises.some((e) => existsSync(join(dir, fileName(e))));
}

export function exerciseFile(dir: string, exercise: PracticeExercise): string {
  return join(resolve(dir), fileName(exercise));
}
