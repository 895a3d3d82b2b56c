// Named key sequences as a terminal sends them, and helpers that send input and wait for
// the next changed frame (polling with a deadline — never a fixed sleep).
import type { KeySpec } from "../../src/ui/keys.ts";
import type { Rendered, Screen } from "./render.tsx";

export const KEY = {
  up: "\u001B[A",
  down: "\u001B[B",
  right: "\u001B[C",
  left: "\u001B[D",
  enter: "\r",
  escape: "\u001B",
  tab: "\t",
  space: " ",
  /** What Backspace sends; Ink reports it as `key.delete`. */
  backspace: "\u007F",
  ctrlC: "\u0003",
  pageUp: "\u001B[5~",
  pageDown: "\u001B[6~",
} as const;

const DEADLINE_MS = 3000;

/** Resolves on the next event-loop turn (lets Ink read stdin and React commit). */
const turn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** Waits until `predicate(frame)` holds; fails with the last frame after the deadline. */
export async function waitForFrame(r: Screen, predicate: (frame: string) => boolean, what = "the expected frame", deadlineMs = DEADLINE_MS): Promise<string> {
  const deadline = Date.now() + deadlineMs;
  while (Date.now() < deadline) {
    const frame = r.frame();
    if (predicate(frame)) return frame;
    await turn();
  }
  throw new Error(`timed out waiting for ${what}; last frame:\n${r.frame()}`);
}

/** Waits for `text` on screen (longer than the default deadline for, e.g., a check in a worker). */
export const waitForText = (r: Screen, text: string, deadlineMs?: number): Promise<string> =>
  waitForFrame(r, (f) => f.includes(text), JSON.stringify(text), deadlineMs);

/** Sends input and waits for a frame that differs from the one before it. */
export async function press(r: Screen, input: string): Promise<string> {
  const before = r.frame();
  const count = r.count();
  r.stdin.write(input);
  return waitForFrame(r, (f) => r.count() > count && f !== before, `a new frame after ${JSON.stringify(input)}`);
}

/** Sends several inputs one after another, each waiting for its frame. */
export async function pressAll(r: Screen, inputs: readonly string[]): Promise<string> {
  let frame = r.frame();
  for (const input of inputs) frame = await press(r, input);
  return frame;
}

/** Resizes the fake terminal and waits for the redrawn frame. */
export async function resize(r: Rendered, columns: number, rows: number): Promise<string> {
  const before = r.frame();
  r.stdout.resize(columns, rows);
  return waitForFrame(r, (f) => f !== before, `a frame at ${columns}×${rows}`);
}


const NAMED: Record<string, string> = {
  upArrow: KEY.up,
  downArrow: KEY.down,
  leftArrow: KEY.left,
  rightArrow: KEY.right,
  return: KEY.enter,
  escape: KEY.escape,
  tab: KEY.tab,
  delete: KEY.backspace,
  backspace: "\b",
  pageUp: KEY.pageUp,
  pageDown: KEY.pageDown,
};

/** What a terminal sends for one key of the key map (a sample for patterns: `sample`). */
export function sequenceFor(spec: KeySpec, sample = "2"): string {
  if ("named" in spec) return NAMED[spec.named]!;
  if ("ctrl" in spec) return String.fromCharCode(spec.ctrl.charCodeAt(0) - 96);
  if ("char" in spec) return spec.char;
  return sample;
}

/** Presses `input` until `predicate(frame)` holds (at most `max` times); the frame at the end. */
export async function pressUntil(r: Screen, input: string, predicate: (frame: string) => boolean, max = 100): Promise<string> {
  let frame = r.frame();
  for (let i = 0; i < max && !predicate(frame); i++) frame = await press(r, input);
  if (!predicate(frame)) throw new Error(`still not there after ${max} × ${JSON.stringify(input)}; last frame:\n${frame}`);
  return frame;
}
