// THE key map: every command, the keys that trigger it and its help text in each language.
// Screens ask `matches("next", input, key)`; the help bar and the `?` overlay are generated
// from this table, so what the help says is what the keys do.
import type { Key } from "ink";
import type { Lang } from "../i18n.ts";
import type { Lesson } from "../../lessons/lesson.ts";

type Text = Record<Lang, string>;

/** One way to press a command: a named key (arrow, Enter…), a character, Ctrl+letter, or a pattern. */
export type KeySpec =
  | { named: NamedKey; label: Text }
  | { char: string; label?: Text }
  | { ctrl: string; label: Text }
  | { pattern: RegExp; label: Text };

type NamedKey = "upArrow" | "downArrow" | "leftArrow" | "rightArrow" | "return" | "escape" | "tab" | "delete" | "backspace" | "pageUp" | "pageDown";

export type Scope = "global" | "menu" | "lesson" | "editor" | "exercise" | "practice" | "practiceList";

export interface CommandSpec {
  scope: Scope;
  keys: readonly KeySpec[];
  help: Text;
  /** A short label for the one-line help bar; commands without one appear only in the `?` overlay. */
  bar?: Text;
}

const same = (s: string): Text => ({ en: s, zh: s });
const UP = { named: "upArrow", label: same("↑") } as const;
const DOWN = { named: "downArrow", label: same("↓") } as const;
const LEFT = { named: "leftArrow", label: same("←") } as const;
const RIGHT = { named: "rightArrow", label: same("→") } as const;
const ENTER = { named: "return", label: { en: "Enter", zh: "回车" } } as const;
const ESC = { named: "escape", label: same("Esc") } as const;
// The lesson editor and the exercise screen edit cells with one editor (state/editor.ts).
const TYPE_HELP = { en: "type or paste (after Enter: continues)", zh: "输入或粘贴（刚按回车后：接着原数）" };
const DELETE_HELP = { en: "delete a character of the cell's value", zh: "删除该格数值的一个字符" };

export const keyMap = {
  quit: { scope: "global", keys: [{ ctrl: "c", label: same("Ctrl+C") }], help: { en: "quit convlab", zh: "退出 convlab" } },
  help: { scope: "global", keys: [{ char: "?" }], help: { en: "show or hide this help", zh: "显示或隐藏帮助" }, bar: { en: "help", zh: "帮助" } },
  language: { scope: "global", keys: [{ char: "t" }], help: { en: "中文 / English", zh: "English / 中文" }, bar: { en: "中文", zh: "English" } },

  menuUp: { scope: "menu", keys: [UP, { char: "k" }], help: { en: "move up", zh: "上移" }, bar: { en: "up", zh: "上" } },
  menuDown: { scope: "menu", keys: [DOWN, { char: "j" }], help: { en: "move down", zh: "下移" }, bar: { en: "down", zh: "下" } },
  menuOpen: { scope: "menu", keys: [ENTER, RIGHT, { char: "l" }], help: { en: "open the lesson", zh: "打开课程" }, bar: { en: "open", zh: "打开" } },
  menuJump: { scope: "menu", keys: [{ pattern: /^[1-9]$/, label: same("1–9") }], help: { en: "open lesson n", zh: "打开第 n 课" }, bar: { en: "lesson n", zh: "第 n 课" } },
  menuQuit: { scope: "menu", keys: [{ char: "q" }, ESC], help: { en: "quit", zh: "退出" }, bar: { en: "quit", zh: "退出" } },

  next: { scope: "lesson", keys: [RIGHT, { char: "l" }, { char: "n" }], help: { en: "next step", zh: "下一步" }, bar: { en: "next", zh: "下一步" } },
  back: { scope: "lesson", keys: [LEFT, { char: "h" }, { char: "p" }], help: { en: "previous step", zh: "上一步" }, bar: { en: "back", zh: "上一步" } },
  // digits pick one of a lesson's choices (lesson 9's kernels); the bar and help name them (lessonKeyWords)
  choose: { scope: "lesson", keys: [{ pattern: /^[1-9]$/, label: same("1–9") }], help: { en: "choose by number", zh: "按数字选择" }, bar: { en: "choose", zh: "选择" } },
  play: { scope: "lesson", keys: [{ char: " ", label: { en: "space", zh: "空格" } }], help: { en: "play / pause", zh: "自动播放 / 暂停" }, bar: { en: "play", zh: "播放" } },
  toMenu: { scope: "lesson", keys: [{ char: "q" }, ESC], help: { en: "back to the menu", zh: "回到菜单" }, bar: { en: "menu", zh: "菜单" } },
  exercises: { scope: "lesson", keys: [{ char: "x" }], help: { en: "this lesson's exercises", zh: "本课的练习" }, bar: { en: "exercises", zh: "练习" } },
  edit: { scope: "lesson", keys: [{ char: "e" }], help: { en: "edit this lesson's matrix", zh: "编辑本课的矩阵" }, bar: { en: "edit", zh: "编辑" } },
  reset: { scope: "lesson", keys: [{ char: "r" }], help: { en: "reset the lesson", zh: "重置本课" }, bar: { en: "reset", zh: "重置" } },
  // [ ] in steps a learner can use near a stability limit (0.016, 0.01524, 0.01451), { } to jump
  lrDown: { scope: "lesson", keys: [{ char: "[" }], help: { en: "learning rate ÷1.05", zh: "学习率 ÷1.05" }, bar: { en: "lr−", zh: "学习率−" } },
  lrUp: { scope: "lesson", keys: [{ char: "]" }], help: { en: "learning rate ×1.05", zh: "学习率 ×1.05" }, bar: { en: "lr+", zh: "学习率+" } },
  lrHalve: { scope: "lesson", keys: [{ char: "{" }], help: { en: "halve the learning rate", zh: "学习率减半" } },
  lrDouble: { scope: "lesson", keys: [{ char: "}" }], help: { en: "double the learning rate", zh: "学习率加倍" } },
  more: { scope: "lesson", keys: [{ char: "m" }], help: { en: "run more iterations", zh: "继续迭代" }, bar: { en: "more", zh: "继续迭代" } },
  otherData: { scope: "lesson", keys: [{ char: "d" }], help: { en: "switch to the other data set", zh: "换用另一组数据" }, bar: { en: "other data", zh: "换数据" } },
  reseed: { scope: "lesson", keys: [{ char: "s" }], help: { en: "new random seed", zh: "换一个随机种子" }, bar: { en: "seed", zh: "种子" } },
  scrollDown: { scope: "lesson", keys: [{ char: "v" }, { named: "pageDown", label: same("PgDn") }], help: { en: "read on: scroll the step's text down", zh: "向下滚动本步的文字" }, bar: { en: "more text", zh: "更多文字" } },
  scrollUp: { scope: "lesson", keys: [{ named: "pageUp", label: same("PgUp") }], help: { en: "scroll the step's text back up", zh: "向上滚动本步的文字" } },
  numbersPage: { scope: "lesson", keys: [{ named: "tab", label: same("Tab") }], help: { en: "next page of numbers (when they do not fit)", zh: "数值的下一页（放不下时）" } },
  faster: { scope: "lesson", keys: [{ char: "+" }, { char: "=" }], help: { en: "play faster", zh: "加快播放" }, bar: { en: "faster", zh: "加快" } },
  slower: { scope: "lesson", keys: [{ char: "-" }, { char: "_" }], help: { en: "play slower", zh: "减慢播放" }, bar: { en: "slower", zh: "减慢" } },

  editAccept: { scope: "editor", keys: [ENTER], help: { en: "apply every changed matrix", zh: "应用所有改过的矩阵" }, bar: { en: "accept", zh: "确认" } },
  editCancel: { scope: "editor", keys: [ESC], help: { en: "cancel", zh: "取消" }, bar: { en: "cancel", zh: "取消" } },
  // Tab early: the editor's bar has no `? more` (? is typed), so at 80 columns the obvious one, typing, is what goes.
  editSwitch: { scope: "editor", keys: [{ named: "tab", label: same("Tab") }], help: { en: "next matrix, every draft kept (one matrix: next cell)", zh: "下一个矩阵，草稿都保留（只有一个矩阵时：下一格）" }, bar: { en: "next matrix", zh: "下一个矩阵" } },
  editMove: { scope: "editor", keys: [UP, DOWN, LEFT, RIGHT], help: { en: "move the cursor (keeps the typed value)", zh: "移动光标（保留已输入的数）" }, bar: { en: "move", zh: "移动" } },
  editDelete: {
    scope: "editor",
    keys: [{ named: "delete", label: same("Backspace") }, { named: "backspace", label: same("Backspace") }],
    help: DELETE_HELP, bar: { en: "delete", zh: "删除" },
  },
  editType: {
    scope: "editor",
    keys: [{ pattern: /^[^\u0000-\u001f\u007f]+$/u, label: { en: "0–9 . - e", zh: "0–9 . - e" } }],
    help: TYPE_HELP,
    bar: { en: "type a number", zh: "输入数字" },
  },

  exCheck: { scope: "exercise", keys: [ENTER], help: { en: "check the answer", zh: "检查答案" }, bar: { en: "check", zh: "检查" } },
  exHint: { scope: "exercise", keys: [{ char: "h" }], help: { en: "show the next hint", zh: "显示下一条提示" }, bar: { en: "hint", zh: "提示" } },
  exBack: { scope: "exercise", keys: [{ char: "q" }, ESC], help: { en: "back to the lesson", zh: "回到课程" }, bar: { en: "lesson", zh: "课程" } },
  exField: { scope: "exercise", keys: [{ named: "tab", label: same("Tab") }], help: { en: "next part of the answer (one part: next cell)", zh: "答案的下一部分（只有一部分时：下一格）" }, bar: { en: "next part", zh: "下一部分" } },
  exMove: { scope: "exercise", keys: [UP, DOWN, LEFT, RIGHT], help: { en: "move the cursor (keeps the typed value)", zh: "移动光标（保留已输入的数）" }, bar: { en: "move", zh: "移动" } },
  exType: {
    scope: "exercise",
    // Digits, point, minus and the slash of a fraction (1/9) in ASCII, in full width (Chinese
    // input methods) and U+2212; spaces, commas and brackets for a pasted list of numbers.
    keys: [{ pattern: /^[0-9０-９.．eE+\-−－/／ ,;[\]]+$/u, label: { en: "0–9 . - e", zh: "0–9 . - e" } }],
    help: TYPE_HELP,
  },
  exDelete: {
    scope: "exercise",
    keys: [{ named: "delete", label: same("Backspace") }, { named: "backspace", label: same("Backspace") }],
    help: DELETE_HELP,
  },
  exNext: { scope: "exercise", keys: [{ char: "n" }], help: { en: "next exercise", zh: "下一个练习" }, bar: { en: "next", zh: "下一个" } },
  exPrev: { scope: "exercise", keys: [{ char: "p" }], help: { en: "previous exercise", zh: "上一个练习" } },
  exScrollDown: { scope: "exercise", keys: [{ char: "v" }, { named: "pageDown", label: same("PgDn") }], help: { en: "read on: scroll the task and hints down", zh: "向下滚动题目和提示" }, bar: { en: "more text", zh: "更多文字" } },
  exScrollUp: { scope: "exercise", keys: [{ named: "pageUp", label: same("PgUp") }], help: { en: "scroll the task and hints back up", zh: "向上滚动题目和提示" } },
  exReset: { scope: "exercise", keys: [{ char: "r" }], help: { en: "start this answer over", zh: "重新作答" } },

  // `convlab practice`, the watch screen (rustlings' keys)
  practiceHint: { scope: "practice", keys: [{ char: "h" }], help: { en: "show the next hint", zh: "显示下一条提示" }, bar: { en: "hint", zh: "提示" } },
  practiceNext: { scope: "practice", keys: [{ char: "n" }], help: { en: "next exercise", zh: "下一个练习" }, bar: { en: "next", zh: "下一个" } },
  practicePrev: { scope: "practice", keys: [{ char: "p" }], help: { en: "previous exercise", zh: "上一个练习" } },
  practiceList: { scope: "practice", keys: [{ char: "l" }], help: { en: "list the exercises", zh: "列出所有练习" }, bar: { en: "list", zh: "列表" } },
  practiceCheck: { scope: "practice", keys: [{ char: "r" }], help: { en: "check again now", zh: "立即重新检查" }, bar: { en: "check", zh: "检查" } },
  practiceQuit: { scope: "practice", keys: [{ char: "q" }, ESC], help: { en: "quit", zh: "退出" }, bar: { en: "quit", zh: "退出" } },
  practiceListUp: { scope: "practiceList", keys: [UP, { char: "k" }], help: { en: "move up", zh: "上移" }, bar: { en: "up", zh: "上" } },
  practiceListDown: { scope: "practiceList", keys: [DOWN, { char: "j" }], help: { en: "move down", zh: "下移" }, bar: { en: "down", zh: "下" } },
  practiceListOpen: { scope: "practiceList", keys: [ENTER], help: { en: "work on this exercise", zh: "做这个练习" }, bar: { en: "open", zh: "打开" } },
  practiceListClose: { scope: "practiceList", keys: [{ char: "l" }, { char: "q" }, ESC], help: { en: "back to the exercise", zh: "回到练习" }, bar: { en: "back", zh: "返回" } },
} as const satisfies Record<string, CommandSpec>;

export type Command = keyof typeof keyMap;
export const commands = Object.keys(keyMap) as Command[];

/** Ink's view of a key press; tests and the app pass what useInput gives. */
export type KeyPress = Pick<Key, NamedKey | "ctrl" | "meta">;

function specMatches(spec: KeySpec, input: string, key: KeyPress): boolean {
  if ("named" in spec) return key[spec.named] === true;
  if ("ctrl" in spec) return key.ctrl && input === spec.ctrl;
  if (key.ctrl) return false;
  if ("char" in spec) return input === spec.char;
  return spec.pattern.test(input);
}

/** Does this key press trigger `command`? */
export function matches(command: Command, input: string, key: KeyPress): boolean {
  return (keyMap[command].keys as readonly KeySpec[]).some((spec) => specMatches(spec, input, key));
}

/** The first command of `scope` this key press triggers, if any. */
export function commandFor(scope: Scope, input: string, key: KeyPress): Command | undefined {
  return commands.find((c) => keyMap[c].scope === scope && matches(c, input, key));
}

/** "→ l n", for help texts. */
export function keyLabel(command: Command, lang: Lang): string {
  const labels = (keyMap[command].keys as readonly KeySpec[]).map((spec) => ("label" in spec && spec.label ? spec.label[lang] : "char" in spec ? spec.char : "?"));
  return [...new Set(labels)].join(" ");
}

/** Lesson keys a lesson does not act on (no learning rate, no seed…): the key bar leaves them out. */
export function idleLessonCommands(lesson: Pick<Lesson, "actions">, exerciseCount: number): Command[] {
  const acts = lesson.actions ?? ["edit", "reseed", "scaleLr", "more", "otherData", "choose"];
  const idle: Command[] = [];
  if (!acts.includes("edit")) idle.push("edit");
  if (!acts.includes("reseed")) idle.push("reseed");
  if (!acts.includes("scaleLr")) idle.push("lrDown", "lrUp", "lrHalve", "lrDouble");
  if (!acts.includes("more")) idle.push("more");
  if (!acts.includes("otherData")) idle.push("otherData");
  if (!acts.includes("choose")) idle.push("choose");
  if (exerciseCount === 0) idle.push("exercises");
  return idle;
}

/** A command's keys and words as one lesson shows them, where they differ from the key map's. */
export interface KeyWords {
  keys: string;
  bar: string;
  help: string;
}

/** The open lesson's own words for its keys: `choose` names the lesson's range and choices ("1–5 kernel", "1 edge · 2 blur …"). */
export function lessonKeyWords(lesson: Pick<Lesson, "choices">, lang: Lang): Partial<Record<Command, KeyWords>> {
  const choices = lesson.choices;
  if (!choices?.names.length) return {};
  const n = choices.names.length;
  // short enough for the `?` help at 80 columns: "kernel: 1 edge, 2 blur, …"
  const names = choices.names.map((name, i) => `${i + 1} ${name[lang]}`).join(lang === "zh" ? "、" : ", ");
  return { choose: { keys: n === 1 ? "1" : `1–${n}`, bar: choices.what[lang], help: `${choices.what[lang]}${lang === "zh" ? "：" : ": "}${names}` } };
}

/** Which of the lesson's choices a digit key picks (0-based), if the key is one of them. */
export function choiceIndex(lesson: Pick<Lesson, "choices">, input: string): number | undefined {
  const index = Number(input) - 1;
  return Number.isInteger(index) && index >= 0 && index < (lesson.choices?.names.length ?? 0) ? index : undefined;
}

export function commandsOf(scope: Scope): Command[] {
  return commands.filter((c) => keyMap[c].scope === scope);
}

/** A key press with nothing set, to build on in tests and matchers. */
export const noKey: KeyPress = {
  upArrow: false,
  downArrow: false,
  leftArrow: false,
  rightArrow: false,
  return: false,
  escape: false,
  tab: false,
  delete: false,
  backspace: false,
  pageUp: false,
  pageDown: false,
  ctrl: false,
  meta: false,
};

/** One key as Ink would report it if it had arrived alone. */
function singleKey(ch: string): { input: string; key: KeyPress } {
  const code = ch.codePointAt(0)!;
  if (ch === "\r" || ch === "\n") return { input: "\r", key: { ...noKey, return: true } };
  if (ch === "\t") return { input: "", key: { ...noKey, tab: true } };
  if (ch === "\u007f") return { input: "", key: { ...noKey, delete: true } };
  if (ch === "\b") return { input: "", key: { ...noKey, backspace: true } };
  if (code < 0x20) return { input: String.fromCharCode(code + 96), key: { ...noKey, ctrl: true } };
  return { input: ch, key: noKey };
}

/**
 * Ink hands over a run of plain characters as ONE input ("jj\r" when keys come fast, or
 * from tmux send-keys). Split it into the keys it is made of, so fast typing means what
 * slow typing means. (Typing a run into the editor cell key by key gives the same text as
 * typing it at once, so pasted numbers still arrive whole.) Escape sequences (arrows…)
 * are already separate events with `input` empty.
 */
export function splitChunk(input: string, key: KeyPress): { input: string; key: KeyPress }[] {
  const chars = [...input];
  // A lone "\n" is Enter typed before the terminal switched to raw mode (line-buffered).
  if (input === "\n") return [singleKey(input)];
  if (chars.length <= 1 || key.ctrl || key.meta) return [{ input, key }];
  return chars.map(singleKey);
}
