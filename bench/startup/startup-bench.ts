// Part 2 of `npm run bench` (issue 4 §4): how long until convlab's first frame is on a real
// terminal's screen, against a minimal bundled Ink app. Each run gets a fresh tmux window; the
// shell stamps the clock just before `exec node …`, and the screen is polled until the app's
// text appears. Runs alternate between the two apps; the ratio is taken per round.
import { readFileSync, existsSync } from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { ROOT, bundleMinimalInk } from "./bundle.ts";
import { TmuxServer, hasTmux, quote } from "./tmux.ts";
import { median } from "../timing.ts";
import { formatMs, toMarkdown, toText } from "../report.ts";

export const STARTUP_TARGET = 1.25;
const COLS = 120;
const ROWS = 40;
const POLL_MS = 2;
const TIMEOUT_MS = 15_000;

interface App {
  name: string;
  file: string;
  args?: string[];
  /** Text that shows the first frame is up (convlab's menu header names it). */
  marker: string;
  /**
   * Also timed: a key typed as soon as the first frame shows, until the screen answers it.
   * convlab paints its menu before Ink has loaded (src/ui/first-paint.ts): this is when Ink has
   * taken over and the keys work.
   */
  answers?: { key: string; marker: string; name: string };
}

export interface StartupRow {
  name: string;
  /** Median ms from exec to the text on screen. */
  ms: number;
  /** Per-round ratio to the minimal Ink app: median, lowest, highest. */
  ratio: { median: number; min: number; max: number };
  target?: number;
}

export interface StartupResult {
  ok: boolean;
  problem?: string;
  /** An app crashed instead of drawing (a failure, unlike a missing tmux). */
  crashed?: boolean;
  rounds: number;
  rows: StartupRow[];
  /** The first line of convlab's first frame, so a placeholder is visible as such. */
  convlabSays?: string;
}

class Crash extends Error {}

const VERSION = (JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")) as { version: string }).version;

const now = () => performance.timeOrigin + performance.now();

/** A Node crash on screen (a stack trace names files, and "convlab" with them): not a frame. */
const CRASH = /node:internal\/|^\s+at .+[(:]\d|\bERR_[A-Z_]{3,}\b|^\w*Error\b/m;

async function firstFrame(tmux: TmuxServer, app: App, run: number): Promise<{ ms: number; answeredMs?: number; screen: string }> {
  const stamp = path.join(tmux.dir, `stamp-${run}`);
  const node = process.execPath;
  // CONVLAB_HOME: a fresh, private progress store, so every run shows a new user's menu and
  // the bench never touches the real one.
  const home = path.join(tmux.dir, "home");
  const pane = await tmux.open(
    `date +%s%N > ${quote(stamp)}; exec env -u CI -u CONTINUOUS_INTEGRATION CONVLAB_HOME=${quote(home)} ${[node, app.file, ...(app.args ?? [])].map(quote).join(" ")}`,
  );
  try {
    const shows = async (marker: string): Promise<{ seen: number; screen: string }> => {
      const deadline = Date.now() + TIMEOUT_MS;
      for (;;) {
        const screen = await tmux.screen(pane);
        const seen = now();
        if (CRASH.test(screen)) throw new Crash(`${app.name} crashed on start:\n${screen.trimEnd().split("\n").slice(0, 8).join("\n")}`);
        if (screen.includes(marker) && existsSync(stamp)) return { seen, screen };
        if (Date.now() > deadline) throw new Error(`${app.name}: no "${marker}" on screen after ${TIMEOUT_MS} ms:\n${screen.trimEnd()}`);
        await new Promise((r) => setTimeout(r, POLL_MS));
      }
    };
    const { seen, screen } = await shows(app.marker);
    const started = Number(readFileSync(stamp, "utf8").trim()) / 1e6;
    if (!app.answers) return { ms: seen - started, screen };
    await tmux.sendKey(pane, app.answers.key);
    return { ms: seen - started, answeredMs: (await shows(app.answers.marker)).seen - started, screen };
  } finally {
    await tmux.close(pane);
  }
}

export async function benchStartup(quick: boolean): Promise<StartupResult> {
  const bin = path.join(ROOT, "bin", "convlab.js");
  const convlab: App = { name: "convlab (its menu)", file: bin, marker: "convlab", answers: { key: "j", marker: "› 2.", name: "convlab (menu answers ↓)" } };
  // Not a frame: the same bundle loaded and a line printed, no Ink. Splits the gap into
  // "loading the bundle" and "starting the lab".
  const version: App = { name: "convlab --version (no Ink)", file: bin, args: ["--version"], marker: VERSION };
  const result: StartupResult = { ok: false, rounds: 0, rows: [] };
  let tmux: TmuxServer | undefined;
  if (!hasTmux()) return { ...result, problem: "tmux is not installed (apt-get install -y tmux)" };
  try {
    const ink: App = { name: "minimal Ink app (bundled)", file: await bundleMinimalInk(), marker: "minimal ink app" };
    tmux = await TmuxServer.start(COLS, ROWS);
    const apps = [convlab, version, ink];
    const times = new Map<App, number[]>(apps.map((a) => [a, []]));
    const answered: number[] = [];
    let run = 0;
    for (const app of apps) {
      const { screen } = await firstFrame(tmux, app, run++); // warm-up: file cache, first tmux window
      if (app === convlab) result.convlabSays = screen.split("\n").find((l) => l.trim())?.trim();
    }
    const rounds = quick ? 4 : 10;
    for (let r = 0; r < rounds; r++) {
      // Rotate the order so that no app always runs right after the same one.
      for (let k = 0; k < apps.length; k++) {
        const app = apps[(k + r) % apps.length]!;
        const t = await firstFrame(tmux, app, run++);
        times.get(app)!.push(t.ms);
        if (t.answeredMs !== undefined) answered.push(t.answeredMs);
      }
    }
    const base = times.get(ink)!;
    result.rounds = rounds;
    const row = (name: string, t: number[], target?: number): StartupRow => {
      const ratios = t.map((v, i) => v / base[i]!);
      return { name, ms: median(t), ratio: { median: median(ratios), min: Math.min(...ratios), max: Math.max(...ratios) }, target };
    };
    result.rows = apps.flatMap((app) => [
      row(app.name, times.get(app)!, app === convlab ? STARTUP_TARGET : undefined),
      ...(app.answers ? [row(app.answers.name, answered)] : []),
    ]);
    result.ok = true;
  } catch (e) {
    result.problem = e instanceof Error ? e.message : String(e);
    result.crashed = e instanceof Crash;
  } finally {
    tmux?.stop();
  }
  return result;
}

function cells(s: StartupResult): string[][] {
  const fmt = (x: number) => x.toFixed(2);
  return [
    [`first screen (tmux ${COLS}×${ROWS}, ${s.rounds} rounds)`, "median", "÷ minimal Ink (range)", "target"],
    ...s.rows.map((r) => [
      r.name,
      formatMs(r.ms),
      r.name.startsWith("minimal") ? "1" : `${fmt(r.ratio.median)} (${fmt(r.ratio.min)}–${fmt(r.ratio.max)})`,
      r.target === undefined ? "" : `≤ ${r.target} ${r.ratio.median <= r.target ? "✓" : "✗"}`,
    ]),
  ];
}

const says = (s: StartupResult) => (s.convlabSays ? `convlab's first line: "${s.convlabSays}"` : "");

export function startupText(s: StartupResult): string {
  if (!s.ok) return `First frame: not measured — ${s.problem}\n`;
  return `First frame in a real terminal (time from exec node to the text on screen; medians):\n\n${toText(cells(s), 1)}\n\n${says(s)}\n`;
}

export function startupMarkdown(s: StartupResult): string {
  if (!s.ok) return s.problem?.includes("\n") ? `Not measured:\n\n\`\`\`\n${s.problem}\n\`\`\`` : `Not measured: ${s.problem}`;
  return `${toMarkdown(cells(s), 1)}\n\n${says(s)}`;
}
