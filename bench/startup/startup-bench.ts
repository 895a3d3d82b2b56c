// `npm run bench -- --only startup` (issue 10 §5): how soon the lab answers keys, in a real
// terminal (a private tmux server), against a minimal bundled Ink app that answers keys:
// - time to interactive: from `exec node` (the shell stamps the clock just before) until the
//   menu has answered ↓, pressed as soon as the menu is on screen (the selection moves to 2);
// - key to frame: inside lesson 3 (`--lesson 3`), from sending → until the next step's frame is
//   on screen, several presses per run.
// Both at 120×40 and 80×24. The two apps alternate, round after round; each round gives one
// ratio (convlab ÷ minimal), and the table shows medians.
import { readFileSync } from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { ROOT, bundleMinimalInk } from "./bundle.ts";
import { TmuxServer, hasTmux, quote } from "./tmux.ts";
import { median } from "../timing.ts";
import { formatMs, toMarkdown, toText } from "../report.ts";

/** convlab ÷ the minimal Ink app, medians (issue 10 §5). */
export const TARGETS = { interactive: 1.5, keyToFrame: 8 };
const SIZES: readonly (readonly [number, number])[] = [
  [120, 40],
  [80, 24],
];
const PRESSES = 5;
const POLL_MS = 1;
const TIMEOUT_MS = 15_000;

/** How to start an app and recognise its screens. */
interface App {
  name: string;
  file: string;
  args: string[];
  /** The first frame is on screen, ready for ↓. */
  ready: RegExp;
  /** ↓ has moved the selection from the first item to the second. */
  answered: RegExp;
  /** Step k's frame (lesson 3 for convlab). */
  step: (k: number) => RegExp;
  /** Arguments that open the screen → steps through. */
  stepArgs: string[];
}

export interface StartupRow {
  size: string;
  what: "interactive" | "keyToFrame";
  /** Medians in ms. */
  convlab: number;
  minimal: number;
  /** Per-round ratios: median, lowest, highest. */
  ratio: { median: number; min: number; max: number };
  target: number;
}

export interface StartupResult {
  ok: boolean;
  problem?: string;
  /** An app crashed instead of drawing (a failure, unlike a missing tmux). */
  crashed?: boolean;
  rounds: number;
  rows: StartupRow[];
}

class Crash extends Error {}

const now = () => performance.timeOrigin + performance.now();
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A Node crash on screen (a stack trace names files): not a frame. */
const CRASH = /node:internal\/|^\s+at .+[(:]\d|\bERR_[A-Z_]{3,}\b|^\w*Error\b/m;

/** Starts `app` in a fresh window; resolves with its pane and the ms time the shell stamped. */
async function open(tmux: TmuxServer, app: App, args: string[], run: number): Promise<{ pane: string; started: () => number }> {
  const stamp = path.join(tmux.dir, `stamp-${run}`);
  // CONVLAB_HOME: a fresh, private progress store per run (a new user's menu, lesson 3 from its
  // first step: the lab remembers the step reached; the real store untouched).
  const home = path.join(tmux.dir, `home-${run}`);
  const pane = await tmux.open(
    `date +%s%N > ${quote(stamp)}; exec env -u CI -u CONTINUOUS_INTEGRATION LANG=en_US.UTF-8 CONVLAB_HOME=${quote(home)} ${[process.execPath, app.file, ...args].map(quote).join(" ")}`,
  );
  return { pane, started: () => Number(readFileSync(stamp, "utf8").trim()) / 1e6 };
}

/** Polls the pane until `marker` shows; returns the time it was seen. */
async function shows(tmux: TmuxServer, app: App, pane: string, marker: RegExp): Promise<number> {
  const deadline = Date.now() + TIMEOUT_MS;
  for (;;) {
    const screen = await tmux.screen(pane);
    const seen = now();
    if (CRASH.test(screen)) throw new Crash(`${app.name} crashed:\n${screen.trimEnd().split("\n").slice(0, 8).join("\n")}`);
    if (marker.test(screen)) return seen;
    if (Date.now() > deadline) throw new Error(`${app.name}: no ${marker} on screen after ${TIMEOUT_MS} ms:\n${screen.trimEnd()}`);
    await sleep(POLL_MS);
  }
}

/** Exec to the menu's answer to ↓, pressed as soon as the menu shows. */
async function timeToInteractive(tmux: TmuxServer, app: App, run: number): Promise<number> {
  const { pane, started } = await open(tmux, app, app.args, run);
  try {
    await shows(tmux, app, pane, app.ready);
    await tmux.sendKey(pane, "Down");
    const answered = await shows(tmux, app, pane, app.answered);
    return answered - started();
  } finally {
    await tmux.close(pane);
  }
}

/** The median over PRESSES presses of → until the next step's frame is on screen. */
async function keyToFrame(tmux: TmuxServer, app: App, run: number): Promise<number> {
  const { pane } = await open(tmux, app, app.stepArgs, run);
  try {
    await shows(tmux, app, pane, app.step(1));
    await sleep(100); // let the lesson settle (late effects, the progress save)
    const times: number[] = [];
    for (let k = 1; k <= PRESSES; k++) {
      const sent = now();
      await tmux.sendKey(pane, "Right");
      times.push((await shows(tmux, app, pane, app.step(k + 1))) - sent);
      await sleep(20);
    }
    return median(times);
  } finally {
    await tmux.close(pane);
  }
}

export async function benchStartup(quick: boolean): Promise<StartupResult> {
  const result: StartupResult = { ok: false, rounds: 0, rows: [] };
  if (!hasTmux()) return { ...result, problem: "tmux is not installed (apt-get install -y tmux)" };
  const convlab: App = {
    name: "convlab",
    file: path.join(ROOT, "bin", "convlab.js"),
    args: [],
    ready: /^\s*› 1\. /m,
    answered: /^\s*› 2\. /m,
    step: (k) => new RegExp(`step ${k} of \\d+`),
    stepArgs: ["--lesson", "3"],
  };
  let tmux: TmuxServer | undefined;
  try {
    const minimal: App = {
      name: "minimal Ink app",
      file: await bundleMinimalInk(),
      args: [],
      ready: /› 1\. item/,
      answered: /› 2\. item/,
      step: (k) => new RegExp(`step ${k}\\b`),
      stepArgs: [],
    };
    const rounds = quick ? 4 : 10;
    let run = 0;
    for (const [cols, rows] of SIZES) {
      tmux = await TmuxServer.start(cols, rows);
      const size = `${cols}×${rows}`;
      const kinds = [
        { what: "interactive" as const, time: timeToInteractive, target: TARGETS.interactive },
        { what: "keyToFrame" as const, time: keyToFrame, target: TARGETS.keyToFrame },
      ];
      for (const kind of kinds) {
        const apps = [convlab, minimal];
        for (const app of apps) await kind.time(tmux, app, run++); // warm-up: file cache, first window
        const times = new Map<App, number[]>(apps.map((a) => [a, []]));
        for (let r = 0; r < rounds; r++) {
          // Alternate which app goes first, so neither always follows the other.
          for (const app of r % 2 === 0 ? apps : [...apps].reverse()) times.get(app)!.push(await kind.time(tmux, app, run++));
        }
        const [c, m] = [times.get(convlab)!, times.get(minimal)!];
        const ratios = c.map((v, i) => v / m[i]!);
        result.rows.push({
          size,
          what: kind.what,
          convlab: median(c),
          minimal: median(m),
          ratio: { median: median(ratios), min: Math.min(...ratios), max: Math.max(...ratios) },
          target: kind.target,
        });
      }
      tmux.stop();
      tmux = undefined;
    }
    result.rounds = rounds;
    result.ok = true;
  } catch (e) {
    result.problem = e instanceof Error ? e.message : String(e);
    result.crashed = e instanceof Crash;
  } finally {
    tmux?.stop();
  }
  return result;
}

const WHAT = {
  interactive: "time to interactive (the menu answers ↓)",
  keyToFrame: `key to frame (lesson 3, →; median of ${PRESSES} presses)`,
};

function cells(s: StartupResult): string[][] {
  const fmt = (x: number) => x.toFixed(2);
  return [
    [`tmux, ${s.rounds} rounds`, "size", "convlab", "minimal Ink", "ratio (range)", "target"],
    ...s.rows.map((r) => [
      WHAT[r.what],
      r.size,
      formatMs(r.convlab),
      formatMs(r.minimal),
      `${fmt(r.ratio.median)} (${fmt(r.ratio.min)}–${fmt(r.ratio.max)})`,
      `≤ ${r.target} ${r.ratio.median <= r.target ? "✓" : "✗"}`,
    ]),
  ];
}

export function startupText(s: StartupResult): string {
  if (!s.ok) return `Start-up: not measured — ${s.problem}\n`;
  return `Start-up in a real terminal, convlab against a minimal bundled Ink app (medians; ratio = median of per-round ratios):\n\n${toText(cells(s), 2)}\n`;
}

export function startupMarkdown(s: StartupResult): string {
  if (!s.ok) return s.problem?.includes("\n") ? `Not measured:\n\n\`\`\`\n${s.problem}\n\`\`\`` : `Not measured: ${s.problem}`;
  return toMarkdown(cells(s), 2);
}
