// A PNG file read for `convlab image`, bounded in every way a file can surprise: only a regular
// file (symlinks followed; a FIFO or /dev/zero is refused, never read), at most MAX_FILE_BYTES
// read whatever its size claims, each read with a time limit (src/store/file.ts), and the picture's
// size checked from its header before anything is decoded. The limits keep every accepted picture
// under about a second and 300 MB (measured by `npm run bench -- --only image`).
import { inflateSync } from "node:zlib";
import { readBounded, type FileKind } from "../store/index.ts";

export const PNG_LIMITS = {
  /** The file, read at most this far. */
  maxFileBytes: 50 * 1024 * 1024,
  /** Either side: rows and columns are decoded one by one, so a 2 x 20,000,000 strip is slow however few pixels it has. */
  maxSide: 8192,
  /** Width x height: pngjs decodes the whole picture into RGBA (about 12 bytes a pixel while it works). */
  maxPixels: 16_000_000,
  /** The same at 16 bits a sample, which pngjs takes about three times as long and as much memory to decode. */
  maxPixels16: 6_000_000,
} as const;

export type PngDamage = "no-header" | "truncated" | "zero-size" | "no-data" | "not-zlib" | "undecodable";

export type PngRead =
  | { ok: true; width: number; height: number; data: Uint8Array }
  | { ok: false; problem: PngProblem };

export type PngProblem =
  | { kind: "missing" }
  | { kind: "not-regular"; what: FileKind }
  | { kind: "unreadable"; error: unknown }
  | { kind: "too-big-file"; maxBytes: number }
  | { kind: "not-png" }
  | { kind: "damaged"; damage: PngDamage; size?: string }
  | { kind: "too-large"; width: number; height: number; limit: "side" | "pixels"; sixteenBit: boolean };

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
/** Samples per pixel for each PNG colour type (grey, -, RGB, palette, grey+alpha, -, RGBA). */
const SAMPLES: Record<number, number> = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 };

export async function readPng(file: string): Promise<PngRead> {
  const read = await readBounded(file, PNG_LIMITS.maxFileBytes);
  if (read.kind === "missing") return { ok: false, problem: { kind: "missing" } };
  if (read.kind === "not-regular") return { ok: false, problem: read };
  if (read.kind === "unreadable") return { ok: false, problem: read };
  if (read.kind === "too-large") return { ok: false, problem: { kind: "too-big-file", maxBytes: read.maxBytes } };
  const bytes = read.bytes;
  const damaged = (damage: PngDamage, size?: string): PngRead => ({ ok: false, problem: { kind: "damaged", damage, ...(size ? { size } : {}) } });
  if (bytes.length < 8 || SIGNATURE.some((b, i) => bytes[i] !== b)) return { ok: false, problem: { kind: "not-png" } };
  // The size, from the IHDR chunk that must come first, before decoding a huge picture
  if (bytes.length < 33 || bytes.toString("latin1", 12, 16) !== "IHDR") return damaged("no-header");
  const [width, height] = [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
  if (width === 0 || height === 0) return damaged("zero-size", `${height}×${width}`);
  if (width > PNG_LIMITS.maxSide || height > PNG_LIMITS.maxSide) return { ok: false, problem: { kind: "too-large", width, height, limit: "side", sixteenBit: bytes[24] === 16 } };
  const maxPixels = bytes[24] === 16 ? PNG_LIMITS.maxPixels16 : PNG_LIMITS.maxPixels;
  if (width * height > maxPixels) return { ok: false, problem: { kind: "too-large", width, height, limit: "pixels", sixteenBit: bytes[24] === 16 } };
  const chunks = walkChunks(bytes);
  if (chunks === "truncated") return damaged("truncated");
  // No picture data, or data that is not zlib: pngjs would show it as an all-black picture.
  if (chunks.idat.length === 0) return damaged("no-data");
  if (!isZlibHeader(chunks.idat)) return damaged("not-zlib");
  if (bytes[28] === 1) {
    // Interlaced: pngjs inflates these without a size limit; a few MB of zeros would inflate to
    // gigabytes, so inflate once here within what the picture's size allows.
    const rowBytes = Math.ceil((width * (SAMPLES[bytes[25]!] ?? 4) * bytes[24]!) / 8) + 1;
    try {
      inflateSync(chunks.idat, { maxOutputLength: 2 * rowBytes * height + 1024 });
    } catch {
      return damaged("undecodable");
    }
  }
  // pngjs only now: no other command (nor `convlab image` on its own picture) loads it. It is
  // CommonJS: its exports object is the default export (the bundle gives no named ones).
  const { PNG } = (await import("pngjs")).default;
  try {
    const png = PNG.sync.read(bytes);
    return { ok: true, width: png.width, height: png.height, data: png.data };
  } catch {
    // pngjs says why in its own English words ("invalid filter", "unrecognised content at end of stream"…)
    return damaged("undecodable");
  }
}

/** The picture data (every IDAT chunk's, joined), or "truncated" if a chunk runs past the end or IEND is missing. */
function walkChunks(bytes: Buffer): { idat: Buffer } | "truncated" {
  const idat: Buffer[] = [];
  for (let at = 8; at + 12 <= bytes.length; ) {
    const length = bytes.readUInt32BE(at);
    const type = bytes.toString("latin1", at + 4, at + 8);
    if (at + 12 + length > bytes.length) return "truncated";
    if (type === "IDAT") idat.push(bytes.subarray(at + 8, at + 8 + length));
    if (type === "IEND") return { idat: Buffer.concat(idat) };
    at += 12 + length;
  }
  return "truncated";
}

/** RFC 1950: deflate (method 8), a window up to 32 KB, and a header checksum divisible by 31. */
function isZlibHeader(data: Buffer): boolean {
  if (data.length < 2) return false;
  const [cmf, flg] = [data[0]!, data[1]!];
  return (cmf & 0x0f) === 8 && cmf >> 4 <= 7 && ((cmf << 8) | flg) % 31 === 0;
}
