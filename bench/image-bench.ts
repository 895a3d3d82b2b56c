// `npm run bench -- --only image`: `convlab image` on the largest PNGs it accepts (issue 13 §2),
// each shape at its limit, as the real binary: elapsed time, CPU time and peak memory. The target:
// every accepted picture under about a second and 300 MB.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { deflateSync } from "node:zlib";
import { PNG_LIMITS } from "../src/cli/png.ts";

export interface ImageRow {
  name: string;
  wallMs: number;
  cpuMs: number;
  rssMb: number;
  ok: boolean;
}

/** A PNG of width × height, colour type (0 grey, 2 RGB, 6 RGBA) and bit depth, with busy pixels. */
export function makePng(width: number, height: number, colourType: 0 | 2 | 6, depth: 8 | 16): Buffer {
  const bytes = ({ 0: 1, 2: 3, 6: 4 } as const)[colourType] * (depth / 8);
  const row = 1 + width * bytes;
  const raw = Buffer.alloc(row * height);
  for (let y = 0; y < height; y++) for (let x = 0; x < width * bytes; x++) raw[y * row + 1 + x] = (x * 7 + y * 13) & 255;
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = depth;
  ihdr[9] = colourType;
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk("IHDR", ihdr), chunk("IDAT", deflateSync(raw, { level: 1 })), chunk("IEND", Buffer.alloc(0))]);
}

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, "latin1");
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const b of bytes) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  }
  return (c ^ 0xffffffff) >>> 0;
}

// Reports the child's own CPU time and peak memory as it exits.
const REPORT = `data:text/javascript,process.on("exit",()=>{const u=process.resourceUsage();process.stderr.write("\\nRUSAGE "+JSON.stringify([u.userCPUTime+u.systemCPUTime,u.maxRSS]))})`;

function measure(name: string, args: string[]): ImageRow {
  const started = performance.now();
  const r = spawnSync(process.execPath, ["--import", REPORT, "bin/convlab.js", "image", ...args], { encoding: "utf8", env: { ...process.env, COLUMNS: "100" }, maxBuffer: 1 << 26 });
  const wallMs = performance.now() - started;
  const [cpu, rss] = JSON.parse(/RUSAGE (.*)$/.exec(r.stderr)?.[1] ?? "[0,0]") as [number, number];
  return { name, wallMs, cpuMs: cpu / 1000, rssMb: rss / 1024, ok: r.status === 0 };
}

export function benchImage(): ImageRow[] {
  const dir = mkdtempSync(join(tmpdir(), "convlab-bench-image-"));
  const side = PNG_LIMITS.maxSide;
  const square = Math.floor(Math.sqrt(PNG_LIMITS.maxPixels));
  const square16 = Math.floor(Math.sqrt(PNG_LIMITS.maxPixels16));
  const cases: [string, number, number, 0 | 2 | 6, 8 | 16][] = [
    ["RGBA 8-bit, square, at the pixel limit", square, square, 6, 8],
    ["RGB 8-bit, widest at the pixel limit", side, Math.floor(PNG_LIMITS.maxPixels / side), 2, 8],
    ["RGB 8-bit, tallest at the pixel limit", Math.floor(PNG_LIMITS.maxPixels / side), side, 2, 8],
    ["RGBA 16-bit, square, at the 16-bit limit", square16, square16, 6, 16],
    ["grey 8-bit, a one-pixel strip at the side limit", side, 1, 0, 8],
  ];
  try {
    const rows = [measure("convlab's own picture (no file: the baseline)", [])];
    for (const [name, w, h, type, depth] of cases) {
      const file = join(dir, `${w}x${h}.png`);
      writeFileSync(file, makePng(w, h, type, depth));
      rows.push(measure(`${name}: ${w}×${h}`, [file]));
    }
    return rows;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function imageText(rows: readonly ImageRow[]): string {
  const lines = rows.map((r) => `  ${r.name.padEnd(62)} ${r.ok ? "" : "FAILED "}${r.wallMs.toFixed(0).padStart(6)} ms elapsed ${r.cpuMs.toFixed(0).padStart(6)} ms CPU ${r.rssMb.toFixed(0).padStart(5)} MB`);
  return [`convlab image at its limits (${PNG_LIMITS.maxSide} a side, ${PNG_LIMITS.maxPixels / 1e6} MP, ${PNG_LIMITS.maxPixels16 / 1e6} MP at 16 bits); target about 1 s and 300 MB each:`, ...lines].join("\n");
}
