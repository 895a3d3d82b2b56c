// Entry point of the `convlab` binary (bundled to dist/convlab.js): the real process's
// terminal, lessons and lab, handed to runCli. Nothing here may print a stack trace.
// Plain `convlab` on a terminal goes straight to the lab: the first frame should not wait for
// yargs and every command to load (the build puts them in chunks loaded on demand, and the lab
// in a bundle of its own: scripts/build.mjs).
import { createInterface } from "node:readline";
import { isatty } from "node:tty";
import pkg from "../../package.json" with { type: "json" };
import type { Io } from "./context.ts";
import { MESSAGES } from "./messages.ts";
import { asAtTerminal, runLab, type LabOptions } from "../ui/run-lab.tsx";
import { detectLang } from "../locale.ts";

function unexpected(error: unknown): never {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`convlab: ${MESSAGES[detectLang()].unexpectedError(message).replace(/\s*\n\s*/g, " ")}\n`);
  process.exit(1);
}

// `convlab run … | head -1`: the reader left; stop quietly, that is not a failure.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(0);
  unexpected(error);
});
process.on("uncaughtException", unexpected);
process.on("unhandledRejection", unexpected);

/** Width to fit text to: the terminal's, else $COLUMNS, else 80. */
function columns(): number {
  if (process.stdout.isTTY && process.stdout.columns > 0) return process.stdout.columns;
  const fromEnv = Number(process.env.COLUMNS);
  return Number.isInteger(fromEnv) && fromEnv > 0 ? fromEnv : 80;
}

const io: Io = {
  out: (text) => void process.stdout.write(text),
  err: (text) => void process.stderr.write(text),
  stdinIsTerminal: isatty(0),
  stdoutIsTerminal: isatty(1),
  // What Ink checks before raw mode (Node has no `isRawModeSupported` on process.stdin: it is
  // Ink's context value, computed from isTTY). Read only when the lab is about to start:
  // touching process.stdin opens it.
  get rawModeSupported() {
    return process.stdin.isTTY === true && typeof process.stdin.setRawMode === "function";
  },
  columns: columns(),
  readLine: (prompt) =>
    new Promise((resolve) => {
      const rl = createInterface({ input: process.stdin, output: process.stderr, terminal: isatty(0) });
      let answered = false;
      rl.question(prompt, (answer) => {
        answered = true;
        rl.close();
        resolve(answer);
      });
      rl.on("close", () => {
        if (!answered) resolve(undefined);
      });
    }),
};

/**
 * `convlab` alone, where the lab can run: what runCli would do for no arguments (the lab, in
 * the locale's language; an error inside it is one "unexpected error" line and exit 1), with
 * the menu painted first, while Ink loads (first-paint.ts).
 * Anything else, including a refusal to start without a terminal, is runCli's.
 */
async function plainLab(): Promise<number | undefined> {
  if (process.argv.length !== 2 || !(io.stdinIsTerminal && io.stdoutIsTerminal && io.rawModeSupported)) return undefined;
  const lang = detectLang(process.env);
  try {
    asAtTerminal();
    let first: Pick<LabOptions, "progress" | "painted"> = {};
    try {
      first = await (await import("../ui/first-paint.ts")).paintFirstMenu(lang);
    } catch {
      // The painted menu is only a head start: without it, Ink draws the menu itself.
    }
    return await runLab({ lang, ...first });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    io.err(`convlab: ${MESSAGES[lang].unexpectedError(message).replace(/\s*\n\s*/g, " ").trim()}\n`);
    return 1;
  }
}

process.exitCode =
  (await plainLab()) ??
  (await (async () => {
    const [{ hideBin }, { lessons }, { runCli }] = await Promise.all([import("yargs/helpers"), import("../../lessons/index.ts"), import("./cli.ts")]);
    // runLab loads the lab (Ink, React) only when called: headless commands never load it.
    return runCli(hideBin(process.argv), { io, lessons, env: process.env, version: pkg.version, openLab: runLab });
  })());

// A file-system call given up on (a hung mount: src/store/file.ts) would hold the process open
// for ever after the work is done: exit without waiting for it.
if ((await import("../store/file.ts")).abandonedCalls() > 0) process.exit();
