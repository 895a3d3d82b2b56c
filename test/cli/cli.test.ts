// The CLI in-process against a fake lesson: parsing, options generated from OptionSpecs,
// refusals, the lab's terminal check, languages. The real binary is tested in binary.test.ts.
import { describe, expect, it } from "vitest";
import { commands } from "../../src/cli/commands/index.ts";
import { runCli } from "../../src/cli/cli.ts";
import type { Io } from "../../src/cli/context.ts";
import { MESSAGES } from "../../src/cli/messages.ts";
import { countUp } from "./fixtures/fake-lesson.ts";
import { cli } from "./fixtures/in-process.ts";

const fakeIo = (): Io => ({
  out: () => {},
  err: () => {},
  stdinIsTerminal: false,
  stdoutIsTerminal: false,
  rawModeSupported: false,
  columns: 80,
  readLine: async () => undefined,
});

const commandNames = commands.filter((c) => c.name !== "$0").map((c) => c.name).join(", ");

/** Every refusal: exit 2, a first line "convlab: …" and a usage hint, never a stack trace. */
function expectRefusal(result: { code: number; out: string; err: string }, ...parts: (string | RegExp)[]) {
  expect(result.code).toBe(2);
  expect(result.out).toBe("");
  const lines = result.err.trimEnd().split("\n");
  expect(lines).toHaveLength(2);
  expect(lines[0]).toMatch(/^convlab: /);
  for (const part of parts) expect(lines[0]).toMatch(part);
  expect(lines[1]).toMatch(/^Usage: convlab.* --help$|^用法：convlab.* --help$/);
  expect(result.err).not.toMatch(/\n\s+at /);
}

describe("list", () => {
  it("prints number, id and title as a table or as JSON", async () => {
    const text = await cli(["list"]);
    expect(text.code).toBe(0);
    expect(text.out.split("\n")).toEqual(["#  id        title", "1  count-up  Counting up", "2  broken    Counting up", ""]);
    const json = await cli(["list", "--json"]);
    expect(JSON.parse(json.out)).toEqual([
      { number: 1, id: "count-up", title: "Counting up", summary: "One step per number." },
      { number: 2, id: "broken", title: "Counting up", summary: "One step per number." },
    ]);
  });
});

describe("run", () => {
  it("prints every step's frame as text, by id or by number", async () => {
    const byId = await cli(["run", "count-up"]);
    expect(byId.code).toBe(0);
    expect(byId.err).toBe("");
    expect(byId.out.match(/^Count to \d  \(step \d\/3\)$/gm)).toEqual([
      "Count to 1  (step 1/3)",
      "Count to 2  (step 2/3)",
      "Count to 3  (step 3/3)",
    ]);
    expect(byId.out).toContain("DONE: counted to 3");
    expect((await cli(["run", "1"])).out).toBe(byId.out);
  });

  it("--json prints one object per step ({lesson, step, ...record}) and then the summary", async () => {
    const { code, out } = await cli(["run", "count-up", "--json"]);
    expect(code).toBe(0);
    const lines = out.trimEnd().split("\n").map((l) => JSON.parse(l));
    expect(lines).toEqual([
      { lesson: "count-up", step: 0, k: 1, mode: "up" },
      { lesson: "count-up", step: 1, k: 2, mode: "up" },
      { lesson: "count-up", step: 2, k: 3, mode: "up" },
      { summary: true, counted: 3, mode: "up" },
    ]);
  });

  it("passes the lesson's own options through (values starting with '-' included)", async () => {
    const { code, out } = await cli(["run", "count-up", "--json", "--n", "2", "--mode", "down", "--start-at", "-1,2", "--scale=0.5"]);
    expect(code).toBe(0);
    expect(out.trimEnd().split("\n").map((l) => JSON.parse(l))).toEqual([
      { lesson: "count-up", step: 0, k: 1, mode: "down" },
      { lesson: "count-up", step: 1, k: 2, mode: "down" },
      { summary: true, counted: 2, mode: "down" },
    ]);
    expect((await cli(["run", "count-up", "--scale", "0.5"])).out).toContain("0.500");
  });

  it("lets the event loop run between frames (so a closed pipe's EPIPE ends a long run at once)", async () => {
    let printed = 0;
    let printedWhenEventsRan = -1;
    const io = { ...fakeIo(), out: () => void printed++ };
    const running = runCli(["run", "count-up", "--json"], { io, lessons: [countUp], env: {}, version: "0", openLab: async () => 0 });
    setImmediate(() => (printedWhenEventsRan = printed));
    expect(await running).toBe(0);
    expect(printed).toBe(4); // three steps and the summary
    expect(printedWhenEventsRan).toBeGreaterThan(0);
    expect(printedWhenEventsRan).toBeLessThan(4); // during the run, not after it
  });

  it("lists each lesson's options, with what they allow, in its --help", async () => {
    const { code, out, err } = await cli(["run", "count-up", "--help"]);
    expect(code).toBe(0);
    expect(err).toBe("");
    expect(out).toMatch(/-n\s+How many steps \(an integer, from 1 to 5, default 3\)/);
    expect(out).toMatch(/--scale\s+Scale factor \(a finite positive number\)/);
    expect(out).toMatch(/--mode\s+Direction \(one of: up, down\)/);
    // no default: the example is one the lesson accepts (exactly 2 numbers), as its own refusal offers
    expect(out).toMatch(/--start-at\s+Two start numbers \(comma-separated numbers, e\.g\. 1,2\)/);
    const run = await cli(["run", "--help"]);
    expect(run.out).toMatch(/convlab run count-up\s+Counting up: One step per number\.\s+\[aliases: 1\]/);
  });
});

describe("refusals", () => {
  it.each([
    { args: ["run", "nope"], parts: ['run: unknown lesson "nope"; choose one of: count-up (1), broken (2)'] },
    { args: ["run"], parts: ["name a lesson to run; choose one of: count-up (1), broken (2)"] },
    { args: ["run", "01"], parts: ['run: unknown lesson "01"'] },
    { args: ["--lesson", "1.0"], parts: ['--lesson: unknown lesson "1.0"'] },
    { args: ["run", "count-up", "--bogus", "1"], parts: ["unknown option --bogus (given 1)", "--n, --scale, --mode, --start-at"] },
    { args: ["run", "count-up", "-z"], parts: ["unknown option -z;"] },
    { args: ["run", "count-up", "--n", "0"], parts: ['--n: "0" is not allowed; n must be from 1 to 5, not 0.'] },
    { args: ["run", "count-up", "--n", "2.5"], parts: ['--n: "2.5" is not allowed'] },
    { args: ["run", "count-up", "--scale", "-1"], parts: ['--scale: "-1" is not allowed; scale must be greater than 0, not -1.'] },
    { args: ["run", "count-up", "--scale", "Infinity"], parts: ['--scale: "Infinity" is not allowed'] },
    { args: ["run", "count-up", "--mode", "sideways"], parts: ['--mode: "sideways" is not allowed; mode must be one of up, down, not "sideways".'] },
    { args: ["run", "count-up", "--start-at", "1"], parts: ['--start-at: "1" is not allowed; start-at must have 2 numbers, not 1.'] },
    { args: ["run", "count-up", "--start-at", "a,b"], parts: ['--start-at: "a,b" is not allowed'] },
    { args: ["run", "count-up", "--n"], parts: ["--n needs a value: How many steps (an integer, from 1 to 5, default 3)"] },
    { args: ["run", "count-up", "--n", "2", "--n", "3"], parts: ['--n given more than once ("2", "3")'] },
    { args: ["run", "count-up", "extra"], parts: ['unexpected argument "extra": convlab run count-up takes no more arguments'] },
    { args: ["frobnicate"], parts: [`unknown command "frobnicate"; commands: ${commandNames}`, "list, run, corr2d"] },
    { args: ["list", "--lang", "fr"], parts: ['--lang: "fr" is not allowed; use en or zh'] },
    { args: ["corr2d", "--x", "[[1]]"], parts: ["--k is required: a JSON matrix"] },
    { args: ["corr2d", "--x", "[[1,2]]", "--k", "[[1],[2]]"], parts: ['--k: "[[1],[2]]" is not allowed; kernel 2×1 does not fit in input 1×2'] },
    { args: ["list", "--json=5"], parts: ['--json takes no value (given "5"); write --json alone'] },
    { args: ["run", "count-up", "--json=yes"], parts: ['--json takes no value (given "yes")'] },
    { args: ["run", "x".repeat(100)], parts: [`run: unknown lesson "${"x".repeat(39)}…"`] },
    { args: ["run", "count-up", "--n", "9".repeat(100)], parts: [`--n: "${"9".repeat(38)}… is not allowed`] },
    { args: ["corr2d", "--x", "[[1,2],[3]]", "--k", "[[1]]"], parts: ['--x: "[[1,2],[3]]" is not allowed; x: every row must have the same length'] },
    { args: ["corr2d", "--x", "[[1]]", "--k", "oops"], parts: ['--k: "oops" is not allowed; k is not JSON'] },
    { args: ["--lesson", "nine"], parts: ['--lesson: unknown lesson "nine"; choose one of: count-up (1), broken (2)'] },
  ])("convlab $args", async ({ args, parts }) => {
    expectRefusal(await cli(args), ...parts);
  });

  it("a flag may still be written --json=true or --json=false (what yargs means by them)", async () => {
    expect((await cli(["list", "--json=true"])).out).toMatch(/^\[/);
    expect((await cli(["list", "--json=false"])).out).toMatch(/^#  id/);
  });

  it("points the usage hint at the command being run", async () => {
    expect((await cli(["run", "count-up", "--n", "0"])).err).toMatch(/\nUsage: convlab run count-up --help\n$/);
    expect((await cli(["corr2d", "--k", "[[1]]"])).err).toMatch(/\nUsage: convlab corr2d --help\n$/);
  });

  it("reports a bug as one line and exit 1, without the stack", async () => {
    const { code, out, err } = await cli(["run", "broken"]);
    expect(code).toBe(1);
    expect(out).toBe("");
    expect(err).toBe("convlab: unexpected error: boom at somewhere (file.ts:1:1) (please report it)\n");
  });
});

describe("the lab (default command)", () => {
  it("refuses without a terminal, pointing to convlab run, and never starts the lab", async () => {
    const result = await cli([]);
    expect(result.code).toBe(2);
    expect(result.out).toBe("");
    expect(result.err).toBe(`convlab: ${MESSAGES.en.labNeedsTerminal}\n${MESSAGES.en.labHint}\n`);
    expect(result.err).toContain("convlab run <lesson>");
    expect(result.labCalls).toEqual([]);
    expect((await cli(["--lesson", "1"])).labCalls).toEqual([]);
  });

  it("opens the lab on a terminal, with --lesson resolved to the lesson's id and the language (a --lang given wins over the saved one)", async () => {
    expect((await cli([], { terminal: true })).labCalls).toEqual([{ lesson: undefined, lang: "en", langGiven: false }]);
    const byNumber = await cli(["--lesson", "1", "--lang", "zh"], { terminal: true });
    expect(byNumber.code).toBe(0);
    expect(byNumber.labCalls).toEqual([{ lesson: "count-up", lang: "zh", langGiven: true }]);
    const unknown = await cli(["--lesson", "x"], { terminal: true });
    expect(unknown.code).toBe(2);
    expect(unknown.labCalls).toEqual([]);
  });
});

describe("languages", () => {
  it("speaks Chinese with --lang zh or a zh_* locale, English otherwise", async () => {
    const flag = await cli(["run", "nope", "--lang", "zh"]);
    expectRefusal(flag, 'run：没有课程 "nope"；可选：count-up (1), broken (2)');
    const locale = await cli(["run", "nope"], { env: { LANG: "zh_CN.UTF-8" } });
    expect(locale.err).toBe(flag.err);
    expect((await cli(["run", "nope"], { env: { LANG: "zh_CN.UTF-8", LC_ALL: "C" } })).err).toMatch(/unknown lesson/);
    expect((await cli(["list", "--lang=zh"])).out).toContain("#  id        标题\n1  count-up  数数\n");
    const zhRun = await cli(["run", "count-up", "--lang", "zh"]);
    expect(zhRun.out).toContain("数到 1  （第 1/3 步）");
    const zhHelp = await cli(["run", "count-up", "--help", "--lang", "zh"]);
    expect(zhHelp.out).toMatch(/选项：/);
    expect(zhHelp.out).toMatch(/步数（整数，1 到 5，默认 3）/);
  });

  it("has every message in both languages", () => {
    expect(Object.keys(MESSAGES.zh).sort()).toEqual(Object.keys(MESSAGES.en).sort());
    for (const [key, value] of Object.entries(MESSAGES.zh)) {
      expect(typeof value, key).toBe(typeof MESSAGES.en[key as keyof typeof MESSAGES.en]);
    }
  });
});

describe("help and version", () => {
  it.each([[[]], [["list"]], [["run"]], [["corr2d"]], [["completion"]]])("convlab %j --help", async (args) => {
    const { code, out, err } = await cli([...args, "--help"]);
    expect(code).toBe(0);
    expect(err).toBe("");
    expect(out).toMatch(/Options:/);
    expect(out).toMatch(/--lang/);
  });

  it("answers the completion script's requests: commands, lessons, a lesson's options", async () => {
    const complete = async (...words: string[]) => (await cli(["--get-yargs-completions", "convlab", ...words])).out.trimEnd().split("\n");
    expect(await complete("")).toEqual(commandNames.split(", "));
    expect(await complete("run", "")).toEqual(["count-up", "broken"]);
    expect(await complete("run", "count-up", "--")).toEqual(["--lang", "--help", "--version", "--json", "--n", "--scale", "--mode", "--start-at"]);
  });

  it("--version prints the version", async () => {
    expect(await cli(["--version"])).toMatchObject({ code: 0, out: "9.9.9\n", err: "" });
  });
});

describe("corr2d", () => {
  it("prints Y through the engine, as a matrix or as JSON", async () => {
    const x = "[[0,1,2],[3,4,5],[6,7,8]]";
    const k = "[[0,1],[2,3]]";
    const text = await cli(["corr2d", "--x", x, "--k", k]);
    expect(text).toMatchObject({ code: 0, err: "", out: "Y = corr2d(X, K) 2×2\n 19   25\n 37   43\n" });
    expect((await cli(["corr2d", "--x", x, "--k", k, "--json"])).out).toBe("[[19,25],[37,43]]\n");
  });
});
