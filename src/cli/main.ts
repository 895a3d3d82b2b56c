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

// Ink decides once, when it is first imported, whether it runs "in CI" (CI or
// CONTINUOUS_INTEGRATION set to anything but "false"/"0", even empty) and then prints only the
// last frame. A person at a terminal must see the live lab even if their shell exports CI=1, so
// both go before anything can load Ink; nothing else in convlab reads them.
delete process.env.CI;
delete process.env.CONTINUOUS_INTEGRATION;

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
 * Opens the lab (the lab command has checked for a terminal). It loads only now, so headless
 * commands never load Ink or React. Raw mode first, as Ink's will be: a key pressed while the lab
 * loads waits for it instead of being echoed into the frame; one echoed before now is erased.
 */
async function openLab(options: LabOptions): Promise<number> {
  process.stdin.setRawMode(true);
  process.stdout.write("\r\u001b[K");
  try {
    return await (await import("../ui/start.tsx")).startLab(options);
  } finally {
    // Ink leaves raw mode when it unmounts; this covers a lab that failed to load or start.
    process.stdin.setRawMode(false);
  }
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
