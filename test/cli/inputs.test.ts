// Inputs a user (or a script) can get wrong, each refused in one line with exit 2, never a crash
// (issue 13 §4, issue 16 §2), and JSON numbers written as float32 prints them (issue 12 §5).
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { expectRefusal } from "./fixtures/expect-refusal.ts";
import { convlabIn as convlab } from "./fixtures/in-process.ts";
import { convlab as spawn } from "./fixtures/spawn.ts";

const deep = "[".repeat(5000) + "]".repeat(5000);

describe.concurrent("refused in one line, exit 2", () => {
  it("JSON nested thousands deep in --x, --k, --answer, --kernel: refused before it is walked; not an attempt", async () => {
    const home = mkdtempSync(join(tmpdir(), "convlab-inputs-"));
    const [x, k, answer, kernel] = await Promise.all([
      convlab(["corr2d", "--x", deep, "--k", "[[1]]"]),
      convlab(["run", "cross-correlation", "--k", deep]),
      convlab(["check", "horizontal-edge", "--answer", deep], { env: { CONVLAB_HOME: home } }),
      convlab(["image", "--kernel", deep]),
    ]);
    expectRefusal(x, "--x:", "nested more than 16 deep");
    expectRefusal(k, "--k:", "nested more than 16 deep");
    expectRefusal(answer, "--answer: nested more than 16 deep");
    expectRefusal(kernel, "--kernel:", "nested more than 16 deep");
    expect(readdirSync(home)).toEqual([]); // nothing recorded
  });

  it.each(["--constructor", "--toString", "--to-string", "--valueOf", "--hasOwnProperty", "--has-own-property", "--__proto__", "--no-constructor", "--constructor=1"])(
    "an option named like Object.prototype's (%s) is an unknown option",
    async (option) => {
      const r = await convlab(["list", option]);
      expectRefusal(r, `unknown option ${option.split("=")[0]}; allowed here: --lang, --json, --help, --version`);
    },
  );

  it.each(["constructor", "toString", "__proto__", "hasOwnProperty"])("names that are not kernels, lessons or exercises (%s)", async (name) => {
    const [kernel, lesson, run, exercise, preset] = await Promise.all([
      convlab(["image", "--kernel", name]),
      convlab(["--lesson", name]),
      convlab(["run", name]),
      convlab(["check", name]),
      convlab(["run", "learn-kernel", "--preset", name]),
    ]);
    expectRefusal(kernel, `--kernel: "${name}" is not allowed`);
    expectRefusal(lesson, `unknown lesson "${name}"`);
    expectRefusal(run, `unknown lesson "${name}"`);
    expectRefusal(exercise, `unknown exercise "${name}"`);
    expectRefusal(preset, `--preset: "${name}" is not allowed`);
  });

  it("--seed only in the generator's range (0 to 2^32 − 1), and echoed exactly", async () => {
    const [over, negative, top] = await Promise.all([
      convlab(["run", "learn-kernel", "--seed", "4294967296", "--json"]),
      convlab(["run", "learn-kernel", "--seed", "-1"]),
      convlab(["run", "learn-kernel", "--seed", "4294967295", "--json"]),
    ]);
    expectRefusal(over, "--seed:", "from 0 to 4294967295");
    expectRefusal(negative, "--seed:", "from 0 to 4294967295");
    expect(top.stdout.split("\n")[0]).toContain('"seed":4294967295,');
  });

  it("anything after -- is refused, not silently ignored", async () => {
    expectRefusal(await convlab(["image", "--", "photo.png"]), "convlab reads nothing after -- (given photo.png)");
    expectRefusal(await convlab(["list", "--", "--json"]), "after --");
  });

  it("escape characters in a user's words are shown escaped, never sent raw to the terminal", async () => {
    const esc = "\u001b[2J\u001b]0;pwned\u0007";
    const runs = await Promise.all([
      convlab(["--lang", esc, "list"]),
      convlab([esc]),
      convlab(["run", esc]),
      convlab(["check", esc]),
      convlab(["image", `${esc}.png`]),
      convlab(["list", `--${esc}`]),
    ]);
    for (const r of runs) {
      expect(r.code).toBe(2);
      expect(r.stderr).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
      expect(r.stderr).toContain("\\u001b[2J");
    }
  });
});

describe("output that cannot be written", () => {
  it("stdout to /dev/full: one line naming the problem, exit 1, no 'please report it'", async () => {
    const r = await spawn([], { shell: "node bin/convlab.js list > /dev/full" });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe("convlab: cannot write the output (ENOSPC: disk full)\n");
  });

  it("a failing stderr: exit 1 all the same", async () => {
    const r = await spawn([], { shell: "node bin/convlab.js list --bad 2>/dev/full; echo $? >&1" });
    expect(r.stdout.trim()).toBe("1");
  });
});

describe("nothing hangs on a FIFO", () => {
  it("`convlab progress` with a FIFO as progress.json answers at once, one warning, exit 0", async () => {
    const home = mkdtempSync(join(tmpdir(), "convlab-fifo-"));
    execFileSync("mkfifo", [join(home, "progress.json")]);
    const r = await spawn(["progress"], { env: { CONVLAB_HOME: home } });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(`convlab: Progress file ${join(home, "progress.json")} is not a regular file (it is a named pipe (FIFO)); convlab leaves it alone and goes on, but will not save progress this session.\n`);
    expect(statSync(join(home, "progress.json")).isFIFO()).toBe(true);
  });
});

describe("JSON numbers are float32 written short (0.3, not 0.30000001192092896)", () => {
  it("corr2d, check and image --json", async () => {
    const [corr, check, image] = await Promise.all([
      convlab(["corr2d", "--x", "[[0.1,0.2]]", "--k", "[[3]]", "--json"]),
      convlab(["check", "horizontal-edge", "--answer", "[[0.1],[-0.1]]", "--json"], { env: { CONVLAB_HOME: mkdtempSync(join(tmpdir(), "convlab-json-")) } }),
      convlab(["image", "--kernel", "[[0.1]]", "--json"]),
    ]);
    expect(corr.stdout).toBe("[[0.3,0.6]]\n");
    for (const r of [corr, check, image]) expect(r.stdout).not.toMatch(/\d\.\d{12,}/); // float32 needs at most 9 significant digits
    expect(check.stdout).toContain("[0.1,0.1,0.1,0.1,0.1");
  });
});
