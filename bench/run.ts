// `npm run bench`: convlab's engine against tfjs (issue 2 §4), pooling against tfjs (issue 6),
// then the lab's first frame against a minimal bundled Ink app (issue 4 §4). One process,
// alternating rounds, medians.
import os from "node:os";
import { writeFileSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { parseArgs } from "node:util";
import { benchEngine } from "./engine-bench.ts";
import { engineCells, summary, toMarkdown, toText } from "./report.ts";
import { FULL, QUICK } from "./timing.ts";
import { TOLERANCE } from "./check.ts";
import { initTfjs } from "./peers/tfjs.ts";
import { engine } from "./peers/engine.ts";
import { benchStartup, startupMarkdown, startupText } from "./startup/startup-bench.ts";
import { benchPooling, poolingText } from "./pool-bench.ts";
import { benchImage, imageText } from "./image-bench.ts";
import { benchText, textBenchText } from "./text-bench.ts";

const HELP = `usage: npm run bench [-- options]

  --quick          shorter runs: a rough look in about half a minute
  --only <part>    engine | pool | startup | image | text (default: all five)
  --wall           time elapsed (wall-clock) time instead of this process's CPU time
  --md <file>      also write the tables as markdown to <file>
  -h, --help       this text

Exit status 1 when the engine disagrees with the reference (or with tfjs on pooling) or convlab
crashes on start.`;

function options() {
  try {
    return parseArgs({
      options: {
        quick: { type: "boolean", default: false },
        only: { type: "string" },
        md: { type: "string" },
        wall: { type: "boolean", default: false },
        help: { type: "boolean", short: "h", default: false },
      },
    }).values;
  } catch (e) {
    console.error(`bench: ${e instanceof Error ? e.message : String(e)}\n\n${HELP}`);
    process.exit(2);
  }
}
const values = options();
if (values.help) {
  console.log(HELP);
  process.exit(0);
}
const PARTS = ["engine", "pool", "startup", "image", "text"];
if (values.only && !PARTS.includes(values.only)) {
  console.error(`bench: --only takes ${PARTS.join(", ")}, not "${values.only}"\n\n${HELP}`);
  process.exit(2);
}
const runs = (part: string) => !values.only || values.only === part;

/** The commit measured, so a table in a note can be traced to the code. */
function revision(): string {
  try {
    const git = (...args: string[]) => execFileSync("git", args, { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
    const dirty = git("status", "--porcelain", "--", "src/engine") ? " + uncommitted engine changes" : "";
    return `${git("rev-parse", "--short", "HEAD")}${dirty}`;
  } catch {
    return "unknown (not a git checkout)";
  }
}

const machine = `${os.cpus()[0]?.model ?? "unknown CPU"}, ${os.cpus().length} cores, Node ${process.version}, ${os.platform()} ${os.arch()}`;
const md: string[] = [
  `# convlab bench — ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC`,
  "",
  `Machine: ${machine}. Code: ${revision()}.`,
  "",
];
console.log(`convlab bench on ${machine}${values.quick ? " (quick)" : ""}`);
// Alternating rounds cancel slow drifts, not a machine that is busy with something else.
const load = os.loadavg()[0]!;
const busy = load > os.cpus().length * 0.5
  ? `warning: the machine is busy (load ${load.toFixed(1)} on ${os.cpus().length} cores); expect noisy figures`
  : "";
if (busy) {
  console.log(busy);
  md.push(`> ${busy}`, "");
}
console.log();
let failed = false;

if (runs("engine")) {
  const tfjs = await initTfjs().catch((e: unknown) => {
    console.error(`bench: tfjs did not start (${e instanceof Error ? e.message : String(e)}); is npm install complete?`);
    process.exit(2);
  });
  const clock = values.wall ? "wall" : "cpu";
  const timeNote = `Times: ${clock === "cpu" ? "CPU time of this process (--wall for elapsed time)" : "elapsed (wall-clock) time"}, medians over rounds.`;
  console.log(
    `Engine vs tfjs 4.22 (cpu: pure JavaScript; wasm: ${tfjs.wasm}).\n` +
      `Checked against a Float64 reference first (relative error ≤ ${TOLERANCE.toExponential(0)}). ${timeNote}\n` +
      `Ratio = engine time ÷ peer time per round, median (lowest–highest round); lower is better.\n`,
  );
  const results = await benchEngine(engine, tfjs.peers, values.quick ? QUICK : FULL, clock, (r) =>
    process.stdout.write(`  measured ${r.task} · ${r.caseName}\n`),
  );
  const cells = engineCells(results);
  console.log(`\n${toText(cells)}\n\n${summary(results)}\n`);
  failed ||= results.some((r) => !r.engine.verdict.ok);
  md.push(
    "## Engine vs tfjs",
    "",
    `tfjs-wasm: ${tfjs.wasm}. ${timeNote} Ratio = engine ÷ peer per round; median (lowest–highest round).`,
    "",
    toMarkdown(cells),
    "",
    summary(results),
    "",
  );
}

if (runs("pool")) {
  // Issue 6: pooling (bench/pool-bench.ts, from the pooling lesson's helper), engine vs tfjs-cpu.
  const rows = await benchPooling(values.quick ? QUICK : FULL, values.wall ? "wall" : "cpu");
  const text = poolingText(rows);
  console.log(`Pooling: engine vs tfjs-cpu, checked equal (max |diff| ≤ 1e-5) before timing.\n\n${text}\n`);
  failed ||= rows.some((r) => r.ratio === undefined);
  md.push("## Pooling", "", "Engine vs tfjs-cpu, checked equal first; ratio = engine ÷ tfjs-cpu, median of rounds.", "", "```", text, "```", "");
}

if (runs("startup")) {
  const s = await benchStartup(values.quick);
  console.log(startupText(s));
  failed ||= s.crashed === true;
  md.push("## Start-up", "", startupMarkdown(s), "");
}

if (runs("image")) {
  // Issue 13 §2: the largest pictures `convlab image` accepts, through the real binary.
  const rows = benchImage();
  const text = imageText(rows);
  console.log(`${text}\n`);
  failed ||= rows.some((r) => !r.ok);
  md.push("## convlab image at its limits", "", "```", text, "```", "");
}

if (runs("text")) {
  // Issue 13 §5: text output of `convlab run` against its JSON Lines, per step.
  const text = textBenchText(benchText(values.quick));
  console.log(`${text}\n`);
  md.push("## convlab run: text vs JSON", "", "```", text, "```", "");
}

if (values.md) {
  try {
    writeFileSync(values.md, md.join("\n"));
    console.log(`tables written to ${values.md}`);
  } catch (e) {
    console.error(`bench: could not write ${values.md}: ${e instanceof Error ? e.message : String(e)}`);
    failed = true;
  }
}
process.exitCode = failed ? 1 : 0;
