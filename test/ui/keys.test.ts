// The key map itself: complete, bilingual, unambiguous, and the keys the issue names.
import { describe, expect, test } from "vitest";
import { yourPicture } from "../../lessons/09-your-picture/index.ts";
import { lessons } from "../../lessons/index.ts";
import { fittingItems } from "../../src/ui/key-bar.ts";
import { choiceIndex, commandFor, commands, commandsOf, idleLessonCommands, keyLabel, keyMap, lessonKeyWords, matches, noKey, splitChunk, type Command, type KeyPress } from "../../src/ui/keys.ts";

const press = (input: string, key: Partial<KeyPress> = {}) => [input, { ...noKey, ...key }] as const;
const PROBES = [
  press("", { upArrow: true }),
  press("", { downArrow: true }),
  press("", { leftArrow: true }),
  press("", { rightArrow: true }),
  press("\r", { return: true }),
  press("", { escape: true }),
  press("", { tab: true }),
  press("", { delete: true }),
  press("c", { ctrl: true }),
  ...[..."abcdefghijklmnopqrstuvwxyz0123456789 ?+-=_[]"].map((c) => press(c)),
];

describe("key map", () => {
  test("every command has keys and a help text in English and Chinese", () => {
    for (const c of commands) {
      expect(keyMap[c].keys.length, c).toBeGreaterThan(0);
      expect(keyMap[c].help.en, c).not.toBe("");
      expect(keyMap[c].help.zh, c).not.toBe("");
      expect(keyLabel(c, "en"), c).not.toBe("");
    }
  });

  test("no key means two things on one screen (menu and lesson include the global keys)", () => {
    for (const scope of ["menu", "lesson", "editor", "exercise"] as const) {
      const live: Command[] = [...commandsOf(scope), ...(scope === "editor" ? ["quit" as const] : commandsOf("global"))];
      for (const [input, key] of PROBES) {
        const hits = live.filter((c) => matches(c, input, key));
        expect(hits.length, `${scope}: ${JSON.stringify(input)} ${JSON.stringify(key)} → ${hits}`).toBeLessThanOrEqual(1);
      }
    }
  });

  test.each<[Command, string, Partial<KeyPress>]>([
    ["menuUp", "", { upArrow: true }],
    ["menuUp", "k", {}],
    ["menuDown", "", { downArrow: true }],
    ["menuDown", "j", {}],
    ["menuOpen", "\r", { return: true }],
    ["menuOpen", "", { rightArrow: true }],
    ["menuOpen", "l", {}],
    ["menuJump", "1", {}],
    ["menuJump", "9", {}],
    ["menuQuit", "q", {}],
    ["menuQuit", "", { escape: true }],
    ["next", "", { rightArrow: true }],
    ["next", "l", {}],
    ["next", "n", {}],
    ["back", "", { leftArrow: true }],
    ["back", "h", {}],
    ["back", "p", {}],
    ["play", " ", {}],
    ["faster", "+", {}],
    ["slower", "-", {}],
    ["reset", "r", {}],
    ["edit", "e", {}],
    ["lrDown", "[", {}],
    ["lrUp", "]", {}],
    ["lrHalve", "{", {}],
    ["lrDouble", "}", {}],
    ["more", "m", {}],
    ["otherData", "d", {}],
    ["reseed", "s", {}],
    ["toMenu", "q", {}],
    ["toMenu", "", { escape: true }],
    ["help", "?", {}],
    ["quit", "c", { ctrl: true }],
    ["editAccept", "\r", { return: true }],
    ["editCancel", "", { escape: true }],
    ["editDelete", "", { delete: true }],
    ["editType", "-1.5e3", {}],
  ])("%s is triggered by %j %j", (command, input, key) => {
    expect(matches(command, input, { ...noKey, ...key })).toBe(true);
  });

  test("0 does not jump; Ctrl+letters are not typed characters", () => {
    expect(commandFor("menu", "0", noKey)).toBeUndefined();
    expect(commandFor("lesson", "r", { ...noKey, ctrl: true })).toBeUndefined();
  });

  test("labels read as the help shows them", () => {
    expect(keyLabel("next", "en")).toBe("→ l n");
    expect(keyLabel("menuOpen", "zh")).toBe("回车 → l");
    expect(keyLabel("editDelete", "en")).toBe("Backspace");
  });
});

describe("splitChunk", () => {
  test("a run of keys that arrived together is split into the keys", () => {
    const keys = splitChunk("jj\r", noKey);
    expect(keys.map((k) => k.input)).toEqual(["j", "j", "\r"]);
    expect(keys[2]!.key.return).toBe(true);
  });
  test("control characters become the keys they are", () => {
    const [tab, del, ctrlC] = splitChunk("\t\u007f\u0003", noKey);
    expect(tab!.key.tab).toBe(true);
    expect(del!.key.delete).toBe(true);
    expect(ctrlC).toEqual({ input: "c", key: { ...noKey, ctrl: true } });
  });
  test("Enter typed before raw mode (a lone newline) is Enter", () => {
    expect(splitChunk("\n", noKey)).toEqual([{ input: "\r", key: { ...noKey, return: true } }]);
  });
  test("a single key, and a key with modifiers, pass through unchanged", () => {
    expect(splitChunk("n", noKey)).toEqual([{ input: "n", key: noKey }]);
    expect(splitChunk("", { ...noKey, upArrow: true })).toEqual([{ input: "", key: { ...noKey, upArrow: true } }]);
    expect(splitChunk("中文", noKey).map((k) => k.input)).toEqual(["中", "文"]);
  });
});

describe("idleLessonCommands", () => {
  test("the key bar leaves out what a lesson does not act on", () => {
    expect(idleLessonCommands({ actions: ["edit"] }, 2)).toEqual(["reseed", "lrDown", "lrUp", "lrHalve", "lrDouble", "more", "otherData", "choose"]);
    expect(idleLessonCommands({ actions: ["edit", "reseed", "scaleLr", "more", "otherData"] }, 0)).toEqual(["choose", "exercises"]);
    expect(idleLessonCommands({ actions: ["choose"] }, 1)).not.toContain("choose");
  });
  test("a lesson that declares nothing keeps every key", () => {
    expect(idleLessonCommands({}, 1)).toEqual([]);
  });
});

describe("number keys on a lesson: its choices", () => {
  test("1–9 name `choose` on a lesson; the lesson's own range picks its choices, a digit past them picks nothing", () => {
    for (const d of "123456789") expect(commandFor("lesson", d, noKey), d).toBe("choose");
    expect(commandFor("lesson", "0", noKey)).toBeUndefined();
    expect([..."123456"].map((d) => choiceIndex(yourPicture, d))).toEqual([0, 1, 2, 3, 4, undefined]);
  });
  test("lesson 9's bar and help name the range and every kernel in both languages; no other lesson shows the key", () => {
    expect(lessonKeyWords(yourPicture, "en")).toEqual({ choose: { keys: "1–5", bar: "kernel", help: "kernel: 1 edge, 2 blur, 3 sharpen, 4 sobel-x, 5 your kernel" } });
    expect(lessonKeyWords(yourPicture, "zh").choose).toMatchObject({ keys: "1–5", bar: "核", help: "核：1 边缘核、2 模糊核、3 锐化核、4 sobel-x 核、5 你的核" });
    const bar = (lesson: (typeof lessons)[number], lang: "en" | "zh") => fittingItems("lesson", lang, 200, idleLessonCommands(lesson, 1), lessonKeyWords(lesson, lang));
    expect(bar(yourPicture, "en")).toContainEqual({ keys: "1–5", text: "kernel" });
    expect(bar(yourPicture, "zh")).toContainEqual({ keys: "1–5", text: "核" });
    // at 80 columns the picker is on the bar, not only behind `? more`
    expect(fittingItems("lesson", "en", 80, idleLessonCommands(yourPicture, 2), lessonKeyWords(yourPicture, "en"))).toContainEqual({ keys: "1–5", text: "kernel" });
    for (const lesson of lessons.filter((l) => l !== yourPicture)) {
      expect(idleLessonCommands(lesson, 1), lesson.id).toContain("choose");
      expect(lessonKeyWords(lesson, "en"), lesson.id).toEqual({});
    }
  });
});
