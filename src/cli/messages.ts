// Every text the CLI prints, in every language convlab speaks. Lesson texts live with the
// lessons; these are only the CLI's own words. `zh` is typed by `en`, so a missing key fails tsc.
import type { Lang } from "../i18n.ts";

const en = {
  // help: commands
  appDescription: "A terminal lab that teaches how a convolutional layer works by running one (d2l, 二维卷积层).",
  cmdLab: "Open the interactive lab (the default; needs a terminal)",
  cmdList: "List the lessons: number, id, title",
  cmdRun: "Run a lesson headless to its end and print every step",
  cmdCorr2d: "Cross-correlate an input X with a kernel K (the engine's corr2d) and print Y",
  cmdCompletion: "Print a shell completion script (bash/zsh) for convlab",
  // help: options
  optLang: "Language of every text: en or zh (default: from LC_ALL / LC_MESSAGES / LANG)",
  optJsonList: "Print the lessons as JSON",
  optJsonRun: "Print JSON Lines: one object per step, then one summary object",
  optJsonCorr2d: "Print Y as a JSON matrix",
  optLesson: "Open this lesson directly (id or number)",
  optX: "Input X as a JSON matrix, e.g. '[[0,1,2],[3,4,5],[6,7,8]]'",
  optK: "Kernel K as a JSON matrix, e.g. '[[0,1],[2,3]]'",
  positionalLesson: "Lesson id or number (see convlab list)",
  // help: how an option's allowed values are described (from the lesson's OptionSpec)
  specChoices: (choices: string) => `one of: ${choices}`,
  specNumber: "a finite number",
  specPositive: "a finite positive number",
  specInteger: "an integer",
  specRange: (min: string, max: string) => `from ${min} to ${max}`,
  specMin: (min: string) => `at least ${min}`,
  specMax: (max: string) => `at most ${max}`,
  specMatrix: "a JSON matrix",
  specDefault: (value: string) => `default ${value}`,
  /** Between the parts of an allowed-values text. */
  listSep: ", ",
  /** An option's help line: what it is, then what it allows. */
  specLine: (describe: string, allowed: string) => `${describe} (${allowed})`,
  /** A lesson in `run --help`: title and summary. */
  lessonLine: (title: string, summary: string) => `${title}: ${summary}`,
  specNumbers: "comma-separated numbers",
  /** A list of numbers with no default: an example the lesson itself would accept. */
  specNumbersExample: (example: string) => `comma-separated numbers, e.g. ${example}`,
  // help: examples
  exampleRun: "Every step of lesson 1 as text",
  exampleRunJson: "The notebook's training as JSON Lines",
  exampleCorr2d: "The notebook's first example",
  // refusals (one line on stderr, then the usage hint)
  labNeedsTerminal: "the interactive lab needs a terminal: stdin and stdout must both be a TTY.",
  labHint: "For a headless run use: convlab run <lesson> [--json]   (lessons: convlab list)",
  unknownLesson: (option: string, value: string, ids: string) =>
    `${option}: unknown lesson "${value}"; choose one of: ${ids}`,
  missingLesson: (ids: string) => `name a lesson to run; choose one of: ${ids}`,
  unknownOption: (option: string, value: string, allowed: string) =>
    `unknown option ${option}${value ? ` (given ${value})` : ""}; allowed here: ${allowed}`,
  unknownCommand: (name: string, commands: string) => `unknown command "${name}"; commands: ${commands}`,
  unexpectedArgument: (name: string, command: string) => `unexpected argument "${name}": ${command} takes no more arguments`,
  repeatedOption: (option: string, values: string) => `${option} given more than once (${values}); give it once`,
  missingOption: (option: string, allowed: string) => `${option} is required: ${allowed}`,
  missingValue: (option: string, allowed: string) => `${option} needs a value${allowed ? `: ${allowed}` : ""}`,
  badLang: (value: string) => `--lang: "${value}" is not allowed; use en or zh`,
  flagValue: (option: string, value: string) => `${option} takes no value (given ${value}); write ${option} alone`,
  afterDashes: (words: string) => `convlab reads nothing after -- (given ${words}); for a file whose name starts with -, write ./-name`,
  cannotWrite: (reason: string) => `cannot write the output (${reason})`,
  optionRefused: (option: string, value: string, allowed: string) => `--${option}: ${value} is not allowed; ${allowed}`,
  shapeRefused: (message: string) => message,
  tryHelp: (command: string) => `Usage: ${command} --help`,
  unexpectedError: (message: string) => `unexpected error: ${message} (please report it)`,
  // output
  listHeader: ["#", "id", "title"] as readonly string[],
  resultY: "Y = corr2d(X, K)",
  stepOf: (k: number, n: number) => `(step ${k}/${n})`,
  codeHeading: "code",
  /** After a label ("code: "); the Chinese one is a full-width colon. */
  colon: ": ",
  legendWindow: "[ ] window",
  legendCurrent: "< > current",
  legendPending: "· not computed yet",
  seriesRange: (first: string, last: string, min: string) => `first ${first}  last ${last}  min ${min}`,
  outcomeDone: "done",
  outcomeDiverged: "diverged",
};

export type Messages = typeof en;

const zh: Messages = {
  appDescription: "一个终端实验室：亲手运行一个卷积层，学会它如何工作（d2l《二维卷积层》）。",
  cmdLab: "打开交互式实验室（默认命令；需要终端）",
  cmdList: "列出课程：编号、id、标题",
  cmdRun: "在无界面模式下把一课运行到底，打印每一步",
  cmdCorr2d: "用核 K 对输入 X 做二维互相关（引擎的 corr2d），打印 Y",
  cmdCompletion: "打印 convlab 的 shell 补全脚本（bash/zsh）",
  optLang: "所有文字的语言：en 或 zh（默认取自 LC_ALL / LC_MESSAGES / LANG）",
  optJsonList: "以 JSON 打印课程列表",
  optJsonRun: "打印 JSON Lines：每一步一个对象，最后一个汇总对象",
  optJsonCorr2d: "以 JSON 矩阵打印 Y",
  optLesson: "直接打开这一课（id 或编号）",
  optX: "输入 X，JSON 矩阵，例如 '[[0,1,2],[3,4,5],[6,7,8]]'",
  optK: "核 K，JSON 矩阵，例如 '[[0,1],[2,3]]'",
  positionalLesson: "课程 id 或编号（见 convlab list）",
  specChoices: (choices) => `可选：${choices}`,
  specNumber: "有限数",
  specPositive: "有限正数",
  specInteger: "整数",
  specRange: (min, max) => `${min} 到 ${max}`,
  specMin: (min) => `至少 ${min}`,
  specMax: (max) => `至多 ${max}`,
  specMatrix: "JSON 矩阵",
  specDefault: (value) => `默认 ${value}`,
  listSep: "，",
  specLine: (describe, allowed) => `${describe}（${allowed}）`,
  lessonLine: (title, summary) => `${title}：${summary}`,
  specNumbers: "逗号分隔的数",
  specNumbersExample: (example) => `逗号分隔的数，例如 ${example}`,
  exampleRun: "以文本打印第 1 课的每一步",
  exampleRunJson: "以 JSON Lines 打印笔记本中的训练",
  exampleCorr2d: "笔记本中的第一个例子",
  labNeedsTerminal: "交互式实验室需要终端：stdin 和 stdout 都必须是 TTY。",
  labHint: "无界面运行请用：convlab run <课程> [--json]（课程列表：convlab list）",
  unknownLesson: (option, value, ids) => `${option}：没有课程 "${value}"；可选：${ids}`,
  missingLesson: (ids) => `请指定要运行的课程；可选：${ids}`,
  unknownOption: (option, value, allowed) =>
    `未知选项 ${option}${value ? `（给定 ${value}）` : ""}；此处可用：${allowed}`,
  unknownCommand: (name, commands) => `未知命令 "${name}"；可用命令：${commands}`,
  unexpectedArgument: (name, command) => `多余的参数 "${name}"：${command} 不再接受参数`,
  repeatedOption: (option, values) => `${option} 给了不止一次（${values}）；只给一次`,
  missingOption: (option, allowed) => `缺少 ${option}：${allowed}`,
  missingValue: (option, allowed) => `${option} 需要一个值${allowed ? `：${allowed}` : ""}`,
  badLang: (value) => `--lang："${value}" 不可用；请用 en 或 zh`,
  flagValue: (option, value) => `${option} 不接受值（给定 ${value}）；只写 ${option}`,
  afterDashes: (words) => `convlab 不读取 -- 之后的内容（给定 ${words}）；文件名以 - 开头时请写 ./-文件名`,
  cannotWrite: (reason) => `无法写出结果（${reason}）`,
  optionRefused: (option, value, allowed) => `--${option}：${value} 不可用；${allowed}`,
  shapeRefused: (message) => message,
  tryHelp: (command) => `用法：${command} --help`,
  unexpectedError: (message) => `意外错误：${message}（请报告此问题）`,
  listHeader: ["#", "id", "标题"],
  resultY: "Y = corr2d(X, K)",
  stepOf: (k, n) => `（第 ${k}/${n} 步）`,
  codeHeading: "代码",
  colon: "：",
  legendWindow: "[ ] 窗口",
  legendCurrent: "< > 当前",
  legendPending: "· 尚未计算",
  seriesRange: (first, last, min) => `首 ${first}  末 ${last}  最小 ${min}`,
  outcomeDone: "完成",
  outcomeDiverged: "发散",
};

export const MESSAGES: Record<Lang, Messages> = { en, zh };

/** yargs' own help labels, for the languages yargs should not read from disk (the bundle has no locales). */
const YARGS_ZH: Record<string, string> = {
  "Commands:": "命令：",
  "Options:": "选项：",
  "Examples:": "示例：",
  "Positionals:": "位置参数：",
  boolean: "布尔",
  string: "字符串",
  number: "数字",
  array: "数组",
  count: "计数",
  required: "必需",
  default: "默认值",
  "default:": "默认值:",
  "choices:": "可选值:",
  "aliases:": "别名:",
  "Show help": "显示帮助",
  "Show version number": "显示版本号",
};

// yargs keeps one locale table per process: English must be set back explicitly, not left empty.
export const YARGS_LABELS: Record<Lang, Record<string, string>> = {
  en: Object.fromEntries(Object.keys(YARGS_ZH).map((key) => [key, key])),
  zh: YARGS_ZH,
};
