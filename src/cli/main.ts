// Entry point of the `convlab` binary (bundled to dist/convlab.js): the real process's
// terminal, lessons and lab, handed to runCli. Nothing here may print a stack trace.
// The lab (Ink, React) and the commands are chunks loaded on demand (scripts/build.mjs).
import { createInterface } from "node:readline";
import { isatty } from "node:tty";
import pkg from "../../package.json" with { type: "json" };
import type { Io } from "./context.ts";
import { MESSAGES } from "./messages.ts";
import type { LabOptions } from "../ui/start.tsx";
import { detectLang } from "../locale.ts";
import { describeError, errorInfo } from "../store/messages.ts";

// Ink reads the environment once, when it is first imported: with CI or CONTINUOUS_INTEGRATION
// set to anything but "false"/"0" (even empty) it prints only the last frame, and with DEV=true
// it looks for React DevTools (not in the bundle). A person at a terminal must see the live lab
// whatever their shell exports, so these go before anything can load Ink; nothing else in
// convlab reads them.
delete process.env.CI;
delete process.env.CONTINUOUS_INTEGRATION;
delete process.env.DEV;

function unexpected(error: unknown): never {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`convlab: ${MESSAGES[detectLang()].unexpectedError(message).replace(/\s*\n\s*/g, " ")}\n`);
  process.exit(1);
}

// `convlab run … | head -1`: the reader left; stop quietly, that is not a failure. Output that
// cannot be written (`> /dev/full`, a failing disk) is no bug of ours: one line on stderr, exit 1.
// A failing stderr leaves nowhere to say anything: exit 1.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(0);
  const lang = detectLang();
  process.stderr.write(`convlab: ${MESSAGES[lang].cannotWrite(describeError(errorInfo(error), lang))}\n`, () => process.exit(1));
});
process.stderr.on("error", () => process.exit(1));
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

/** Opens the lab (the lab command has checked for a terminal): headless commands never load Ink or React. */
async function openLab(options: LabOptions): Promise<number> {
  return (await import("../ui/start.tsx")).startLab(options);
}

/** Any command: yargs and the commands load on demand. */
async function cli(): Promise<number> {
  const [{ hideBin }, { lessons }, { runCli }] = await Promise.all([import("yargs/helpers"), import("../../lessons/index.ts"), import("./cli.ts")]);
  return runCli(hideBin(process.argv), { io, lessons, env: process.env, version: pkg.version, openLab });
}

// Bare `convlab` on a terminal is the lab in the locale's language, as the lab command would
// open it: started without loading yargs and every command first (time to interactive).
const bareLab = process.argv.length === 2 && io.stdinIsTerminal && io.stdoutIsTerminal && io.rawModeSupported;
process.exitCode = await (bareLab ? openLab({ lang: detectLang(process.env) }) : cli()).catch(unexpected);

// A file-system call given up on (a hung mount: src/store/file.ts) would hold the process open
// for ever after the work is done: exit without waiting for it.
if ((await import("../store/file.ts")).abandonedCalls() > 0) process.exit();

