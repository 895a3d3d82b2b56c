// The terminal always comes back (issue 13 §3). Job control: on Ctrl+Z or SIGTSTP the lab puts
// the terminal back as it found it (cooked mode, cursor shown, on a fresh line) before it stops;
// on SIGCONT (`fg`) it re-enters raw mode and redraws the whole frame on a cleared screen. On
// quit it leaves the prompt on a line of its own, even when the last frame filled the terminal
// (Ink then writes it without a final newline, as it does after the terminal shrinks).
//
// Hook-in (src/ui/start.tsx): render `<RedrawBridge handle={h} />` beside the lab, then
// `const release = keepTerminal(h)` after render, and `release()` once the lab has exited.
import { useStdout } from "ink";
import { useEffect } from "react";

/** What the signal handlers need from Ink: a full redraw (Ink's write: erase the frame, write, draw it again). */
export interface TerminalHandle {
  redraw(): void;
}

export const newTerminalHandle = (): TerminalHandle => ({ redraw: () => {} });

/** Lends Ink's stdout writer to the handle; renders nothing. */
export function RedrawBridge({ handle }: { handle: TerminalHandle }) {
  const { write } = useStdout();
  useEffect(() => {
    handle.redraw = () => write("");
  }, [handle, write]);
  return null;
}

const SHOW_CURSOR = "\u001b[?25h";
const HIDE_CURSOR = "\u001b[?25l";
/** Clears the visible screen (not the scrollback) and homes the cursor: the frame is drawn again from the top. */
const CLEAR_SCREEN = "\u001b[2J\u001b[H";
/** Ctrl+Z: in raw mode the terminal sends it as a byte instead of stopping us. */
const CTRL_Z = "\u001a";
// Escape sequences (CSI, OSC, save/restore cursor) print nothing: they do not move the line end.
const ESCAPES = /\u001b\[[0-9;?<>=]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)|\u001b[78]/g;

interface Streams {
  stdin: NodeJS.ReadStream;
  stdout: NodeJS.WriteStream;
  /** Stops this process (SIGSTOP: cannot be caught, so the stop is real); tests pass a fake. */
  stop?: () => void;
}

/** Installs the handlers; returns `release`, to call once the lab has exited (ends the last line, removes them). */
export function keepTerminal(handle: TerminalHandle, { stdin, stdout, stop = () => process.kill(process.pid, "SIGSTOP") }: Streams = { stdin: process.stdin, stdout: process.stdout }): () => void {
  // Whether the last text written ended its line, tracked as it is written.
  let atLineStart = true;
  const write = stdout.write;
  stdout.write = function (this: NodeJS.WriteStream, chunk: unknown, ...rest: unknown[]) {
    const text = typeof chunk === "string" ? chunk : Buffer.isBuffer(chunk) ? chunk.toString("utf8") : "";
    const shown = text.replace(ESCAPES, "");
    if (shown.length > 0) atLineStart = shown.endsWith("\n");
    return (write as (...args: unknown[]) => boolean).call(this, chunk, ...rest);
  } as typeof stdout.write;
  const endLine = () => {
    if (!atLineStart) stdout.write("\n");
  };

  const suspend = () => {
    endLine();
    stdout.write(SHOW_CURSOR);
    if (stdin.isTTY) stdin.setRawMode(false);
    stop();
  };
  const resume = () => {
    if (stdin.isTTY) stdin.setRawMode(true);
    stdout.write(HIDE_CURSOR + CLEAR_SCREEN);
    handle.redraw();
  };
  const onKey = (data: Buffer | string) => {
    if (data.toString() === CTRL_Z) process.kill(process.pid, "SIGTSTP");
  };
  process.on("SIGTSTP", suspend);
  process.on("SIGCONT", resume);
  stdin.on("data", onKey);
  return () => {
    process.off("SIGTSTP", suspend);
    process.off("SIGCONT", resume);
    stdin.off("data", onKey);
    stdout.write = write;
    endLine();
  };
}
