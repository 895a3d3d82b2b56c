// The real `convlab` binary, spawned as a user's shell would run it: only what a spawn proves
// and runCli in-process cannot — exit codes (0 for --version and --help, 2 for refusals, 1 in
// check.test.ts), one refusal of each kind with no stack trace,
// a closed pipe, the lab's terminal check, --version and --help from the bundle. Everything
// else about the real lessons runs in-process in real-lessons.test.ts (same code, no spawn).
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { expectLabRefusal, expectRefusal } from "./fixtures/expect-refusal.ts";
import { convlab, ROOT } from "./fixtures/spawn.ts";

const ANSI = /\u001b\[/;

describe.concurrent("convlab (real binary)", () => {
  it("one refusal of each kind: exit 2, one line, the usage hint, no stack trace", async () => {
    const [parse, option, usage] = await Promise.all([
      // yargs' own refusal (an unknown option), a lesson's OptionError, a command's UsageError
      convlab(["run", "learn-kernel", "--learning-rate", "0.1"]),
      convlab(["run", "3", "--lr", "abc"]),
      convlab(["run", "nope"]),
    ]);
    expectRefusal(parse, "unknown option --learning-rate", "--lr", "--epochs");
    expectRefusal(option, '--lr: "abc"', "lr must be a number");
    expectRefusal(usage, 'unknown lesson "nope"', "cross-correlation (1), conv2d-layer (2), learn-kernel (3)");
  });

  it("convlab without a terminal says the lab needs one and points to convlab run, without Ink", async () => {
    expectLabRefusal(await convlab(["--lesson", "learn-kernel"]));
  });

  it("a closed pipe (convlab run … | head -1) ends quietly with exit 0", async () => {
    const [text, json] = await Promise.all([
      convlab([], { shell: 'node bin/convlab.js run learn-kernel --preset d2l --epochs 1000 | head -1; echo "exit=${PIPESTATUS[0]}"' }),
      convlab([], { shell: 'node bin/convlab.js run 3 --json --preset d2l --epochs 1000 | head -1; echo "exit=${PIPESTATUS[0]}"' }),
    ]);
    for (const r of [text, json]) {
      expect(r.stderr).toBe("");
      const lines = r.stdout.trimEnd().split("\n");
      expect(lines).toHaveLength(2);
      expect(lines[1]).toBe("exit=0");
    }
  });

  it("--help from the bundle (yargs' labels without its locale files), --version from package.json, completion", async () => {
    const version = (JSON.parse(readFileSync(`${ROOT}package.json`, "utf8")) as { version: string }).version;
    const [top, zh, versionOut, script] = await Promise.all([
      convlab(["--help"]),
      convlab(["--help", "--lang", "zh"]),
      convlab(["--version"]),
      // yargs prints the script itself (console.log), not through the CLI's io: only a spawn sees it
      convlab(["completion"]),
    ]);
    expect(top.code).toBe(0);
    expect(top.stderr).toBe("");
    expect(top.stdout).toMatch(/Options:/);
    expect(top.stdout).not.toMatch(ANSI);
    expect(top.stdout).toMatch(/convlab run \[lesson\]/);
    expect(zh.stdout).toMatch(/选项：/);
    expect(versionOut).toEqual({ code: 0, stderr: "", stdout: `${version}\n` });
    expect(script.code).toBe(0);
    expect(script.stdout).toContain("convlab --get-yargs-completions");
  });
});
