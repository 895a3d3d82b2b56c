// `convlab image` in-process (one spawn proves the bundle decodes a PNG) on convlab's picture, on PNG files made
// here (a large one to scale down), in every colour mode, and refusing every bad file with
// one line. Plus the terminal rendering on its own.
import { execFileSync, spawnSync } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PNG } from "pngjs";
import { describe, expect, it } from "vitest";
import { colourLevel, renderPicture, SHADES } from "../../src/draw/picture.ts";
import { sideBySide } from "../../src/draw/text.ts";
import { expectRefusal } from "./fixtures/expect-refusal.ts";
import { convlabIn as convlab } from "./fixtures/in-process.ts";
import { convlab as spawn, ROOT } from "./fixtures/spawn.ts";
import { makePng } from "../../bench/image-bench.ts";

const ANSI = /\u001b\[/;
const dir = mkdtempSync(join(tmpdir(), "convlab-image-"));

/** A PNG of w×h whose grey rises from left to right. */
function gradientPng(w: number, h: number): Buffer {
  const png = new PNG({ width: w, height: h });
  for (let i = 0; i < h; i++)
    for (let j = 0; j < w; j++) {
      const at = (i * w + j) * 4;
      png.data[at] = png.data[at + 1] = png.data[at + 2] = Math.round((255 * j) / Math.max(1, w - 1));
      png.data[at + 3] = 255;
    }
  return PNG.sync.write(png);
}
const file = (name: string, bytes: Buffer | string) => {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
};

describe.concurrent("convlab image (in-process; one spawn proves the bundle decodes a PNG)", () => {
  it("without a file: convlab's picture and its edges, side by side, in shade characters on a pipe", async () => {
    const r = await convlab(["image"], { env: { COLUMNS: "120" } });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    expect(r.stdout).not.toMatch(ANSI);
    const lines = r.stdout.split("\n");
    expect(lines[0]).toBe("convlab's picture 32×48 · K (edge)");
    expect(lines[2]).toMatch(/^picture 32×48\s+conv2d\(picture, edge\)(?: [^×]+)? 32×48$/); // the output's title is the lesson's
    const rows = lines.slice(3, 19);
    expect(rows).toHaveLength(16); // 32 pixel rows, two per line
    for (const row of rows) expect(row.slice(0, 48)).toMatch(new RegExp(`^[${SHADES.replace(/[-\\^\]]/g, "\\$&")}]{48}$`));
    expect(r.stdout).toContain("mid-grey for 0");
  });

  it("colour when forced: 256-colour greys with half blocks, or 24-bit; NO_COLOR wins", async () => {
    const [c256, c24, off] = await Promise.all([
      convlab(["image", "--kernel", "blur"], { env: { FORCE_COLOR: "1" } }),
      convlab(["image", "--kernel", "blur"], { env: { FORCE_COLOR: "3" } }),
      convlab(["image", "--kernel", "blur"], { env: { FORCE_COLOR: "3", NO_COLOR: "1" } }),
    ]);
    expect(c256.code).toBe(0);
    expect(c256.stdout).toMatch(/\u001b\[38;5;\d+m\u001b\[48;5;\d+m▀/);
    expect(c256.stdout).not.toMatch(/38;2;/);
    expect(c24.stdout).toMatch(/\u001b\[38;2;(\d+);\1;\1m\u001b\[48;2;(\d+);\2;\2m▀/);
    expect(off.stdout).not.toMatch(ANSI);
  });

  it("a PNG file: assets/picture.png through sobel-x; --json gives the numbers", async () => {
    const [text, json] = await Promise.all([
      spawn(["image", "assets/picture.png", "--kernel", "sobel-x"], { env: { COLUMNS: "100" } }),
      spawn(["image", "assets/picture.png", "--kernel", "[[1,-1]]", "--json"], { env: { COLUMNS: "100" } }),
    ]);
    expect(text.code).toBe(0);
    expect(text.stdout.split("\n")[0]).toBe("assets/picture.png 32×48 · K (sobel-x)");
    const data = JSON.parse(json.stdout);
    expect(data).toMatchObject({ file: "assets/picture.png", source: [48, 32], kernel: "custom", values: [[1, -1]], width: 47, height: 32 });
    expect(data.output).toHaveLength(32);
    // the wall (level 115/255) meets the window (1): the notebook's kernel answers 115/255 − 1 there
    expect(data.output[17][19]).toBeCloseTo(115 / 255 - 1, 5);
  });

  it("a large picture is scaled down to the terminal first", async () => {
    const big = file("big.png", gradientPng(1200, 800));
    const r = await convlab(["image", big], { env: { COLUMNS: "80" } });
    expect(r.code).toBe(0);
    const header = r.stdout.split("\n")[0]!;
    expect(header).toBe(`${big} 25×38 (scaled down from 800×1200) · K (edge)`);
    for (const line of r.stdout.split("\n").slice(3, 16)) expect(line.length).toBeLessThanOrEqual(80);
  });

  it("refuses a file that is missing, a directory, or not a PNG", async () => {
    const sub = join(dir, "folder");
    mkdirSync(sub, { recursive: true });
    const text = file("notes.txt", "not a picture\n");
    const [missing, folder, notPng] = await Promise.all([convlab(["image", join(dir, "nope.png")]), convlab(["image", sub]), convlab(["image", text])]);
    expectRefusal(missing, "cannot read", "no such file");
    expectRefusal(folder, "is a directory");
    expectRefusal(notPng, "notes.txt is not a PNG picture");
  });

  it("refuses a truncated PNG, a damaged one, and a huge one (before decoding it)", async () => {
    const good = readFileSync(new URL("../../assets/picture.png", import.meta.url));
    const truncated = file("cut.png", good.subarray(0, 100));
    const broken = Buffer.from(good);
    broken[40] = broken[40]! ^ 0xff;
    const damaged = file("damaged.png", broken);
    // a valid signature and IHDR claiming 100000×100000, and nothing else
    const ihdr = Buffer.alloc(25);
    ihdr.writeUInt32BE(13, 0);
    ihdr.write("IHDR", 4, "latin1");
    ihdr.writeUInt32BE(100000, 8);
    ihdr.writeUInt32BE(100000, 12);
    const huge = file("huge.png", Buffer.concat([good.subarray(0, 8), ihdr]));
    const [t, d, h] = await Promise.all([convlab(["image", truncated]), convlab(["image", damaged]), convlab(["image", huge])]);
    expectRefusal(t, "cut.png is a damaged or truncated PNG", "ends before its last chunk");
    expectRefusal(d, "damaged.png is a damaged or truncated PNG");
    expectRefusal(h, "huge.png is 100000×100000 pixels", "at most 8192 pixels a side and 16 megapixels");
  });

  it("every reason a PNG is refused is in the reader's language: no header, size 0, undecodable data (not pngjs's words)", async () => {
    const good = readFileSync(new URL("../../assets/picture.png", import.meta.url));
    const noHeader = file("noheader.png", Buffer.concat([good.subarray(0, 8), Buffer.from("0000XXXX00000000000000000000", "latin1")]));
    const ihdr = Buffer.from(good.subarray(8, 33));
    ihdr.writeUInt32BE(0, 8); // width 0
    const zero = file("zero.png", Buffer.concat([good.subarray(0, 8), ihdr, good.subarray(33)]));
    const broken = Buffer.from(good);
    const data = broken.indexOf("IDAT", 0, "latin1") + 4 + 20; // inside the compressed picture data
    broken[data] = broken[data]! ^ 0xff;
    const damaged = file("damaged-zh.png", broken);
    const runs = await Promise.all(
      [noHeader, zero, damaged].flatMap((f) => [convlab(["image", f]), convlab(["image", f, "--lang", "zh"])]),
    );
    const [enHeader, zhHeader, enZero, zhZero, enData, zhData] = runs;
    expectRefusal(enHeader!, "noheader.png is a damaged or truncated PNG (it has no IHDR header where the size should be)");
    expectRefusal(zhHeader!, "noheader.png 是损坏或不完整的 PNG（应当写明尺寸的 IHDR 头不存在）");
    expectRefusal(enZero!, "zero.png is a damaged or truncated PNG (its size is 32×0)");
    expectRefusal(zhZero!, "zero.png 是损坏或不完整的 PNG（尺寸为 32×0）");
    expectRefusal(enData!, "damaged-zh.png is a damaged or truncated PNG (its picture data cannot be decoded)");
    expectRefusal(zhData!, "damaged-zh.png 是损坏或不完整的 PNG（图片数据无法解码）");
    // apart from the file name and "PNG", no English word in a Chinese refusal
    for (const r of [zhHeader!, zhZero!, zhData!]) expect(r.stderr.split("\n")[0]!.replace(/\S+\.png|PNG|IHDR|convlab/g, "")).not.toMatch(/[a-z]{3,}/i);
  });

  it("never reads what is not a regular file: /dev/zero, a FIFO with no writer, a symlink to /dev/urandom — refused at once", async () => {
    const fifo = join(dir, "pipe.png");
    execFileSync("mkfifo", [fifo]);
    const link = join(dir, "random.png");
    symlinkSync("/dev/urandom", link);
    const [zero, pipe, random] = await Promise.all([convlab(["image", "/dev/zero"]), convlab(["image", fifo]), convlab(["image", link])]);
    expectRefusal(zero, "cannot read /dev/zero: it is a device, not a PNG file");
    expectRefusal(pipe, "pipe.png: it is a named pipe (FIFO), not a PNG file");
    expectRefusal(random, "random.png: it is a device, not a PNG file");
  });

  it("reads at most 50 MB, whatever the file (a sparse 60 MB one here)", async () => {
    const sparse = file("sparse.png", readFileSync(new URL("../../assets/picture.png", import.meta.url)));
    truncateSync(sparse, 60 * 1024 * 1024);
    expectRefusal(await convlab(["image", sparse]), "sparse.png is over 50 MB; convlab reads PNG files of at most 50 MB");
  });

  it("limits that keep decoding fast: a 2×20,000,000 strip, 16-bit pictures over 6 MP", async () => {
    const strip = file("strip.png", makePng(2, 9000, 0, 8)); // over the side limit: the header is enough
    const deep = file("deep.png", makePng(2500, 2500, 0, 16));
    const [s, d] = await Promise.all([convlab(["image", strip]), convlab(["image", deep])]);
    expectRefusal(s, "strip.png is 9000×2 pixels", "8192 pixels a side");
    expectRefusal(d, "deep.png is 2500×2500 pixels", "6 megapixels");
  });

  it("a PNG with no picture data, or picture data that is not zlib, is refused (not shown black)", async () => {
    const good = makePng(4, 4, 0, 8);
    const iend = good.subarray(good.length - 12);
    const head = good.subarray(0, 33); // signature + IHDR
    const noData = file("nodata.png", Buffer.concat([head, iend]));
    const idat = Buffer.from(good.subarray(33, good.length - 12));
    idat[8] = 0x00; // the zlib header's first byte: no longer deflate
    const notZlib = file("notzlib.png", Buffer.concat([head, idat, iend]));
    const [n, z] = await Promise.all([convlab(["image", noData]), convlab(["image", notZlib])]);
    expectRefusal(n, "nodata.png is a damaged or truncated PNG (it has no picture data (no IDAT chunk))");
    expectRefusal(z, "notzlib.png is a damaged or truncated PNG (its picture data is not zlib-compressed)");
  });

  it("--json is the picture's own size in any terminal; --max-size scales it; a picture over 256 needs --max-size", async () => {
    const mid = file("mid.png", gradientPng(200, 100));
    const big = file("big-json.png", gradientPng(300, 20));
    const [narrow, wide, scaled, tooBig, bad] = await Promise.all([
      convlab(["image", mid, "--json"], { env: { COLUMNS: "40" } }),
      convlab(["image", mid, "--json"], { env: { COLUMNS: "200" } }),
      convlab(["image", mid, "--json", "--max-size", "50"]),
      convlab(["image", big, "--json"]),
      convlab(["image", mid, "--max-size", "0"]),
    ]);
    expect(narrow.stdout).toBe(wide.stdout);
    expect(JSON.parse(narrow.stdout)).toMatchObject({ source: [200, 100], width: 200, height: 100 });
    expect(JSON.parse(scaled.stdout)).toMatchObject({ source: [200, 100], width: 50, height: 25 });
    expectRefusal(tooBig, "--json gives a picture at its own size, up to 256×256", "is 20×300; add --max-size 256");
    expectRefusal(bad, "--max-size: \"0\" is not allowed; a whole number from 1 to 256");
  });

  // As root every file is readable: this one runs the binary as `nobody`.
  it.runIf(process.getuid?.() === 0)("a file its reader may not read (as nobody): EACCES in words, in the reader's language", () => {
    const locked = file("locked-root.png", readFileSync(new URL("../../assets/picture.png", import.meta.url)));
    chmodSync(locked, 0o600);
    chmodSync(dir, 0o755);
    const run = (...args: string[]) =>
      spawnSync("setpriv", ["--reuid=65534", "--regid=65534", "--clear-groups", process.execPath, "bin/convlab.js", "image", locked, ...args], {
        cwd: ROOT,
        env: { PATH: process.env.PATH, LANG: "en_US.UTF-8" },
        encoding: "utf8",
      });
    const [en, zh] = [run(), run("--lang", "zh")];
    expectRefusal({ code: en.status, stdout: en.stdout, stderr: en.stderr }, `cannot read ${locked}: EACCES: permission denied`);
    expectRefusal({ code: zh.status, stdout: zh.stdout, stderr: zh.stderr }, `无法读取 ${locked}：EACCES：没有权限`);
  });

  // root reads a file whatever its mode, so this one is skipped as root
  it.skipIf(process.getuid?.() === 0)("an unreadable file: the system's reason in words, in the reader's language", async () => {
    const locked = file("locked.png", readFileSync(new URL("../../assets/picture.png", import.meta.url)));
    chmodSync(locked, 0o000);
    const [en, zh] = await Promise.all([convlab(["image", locked]), convlab(["image", locked, "--lang", "zh"])]);
    expectRefusal(en, "cannot read", "locked.png: EACCES: permission denied");
    expectRefusal(zh, "无法读取", "locked.png：EACCES：没有权限");
  });

  it("refuses a bad kernel naming --kernel, and speaks Chinese with --lang zh", async () => {
    const tiny = file("tiny.png", gradientPng(1, 1));
    const [name, ragged, large, zh] = await Promise.all([
      convlab(["image", "--kernel", "wobble"]),
      convlab(["image", "--kernel", "[[1,2],[3]]"]),
      convlab(["image", tiny, "--kernel", "[[1,1,1,1]]"]),
      convlab(["image", join(dir, "nope.png"), "--lang", "zh"]),
    ]);
    expectRefusal(name, "--kernel", "wobble", "edge, blur, sharpen, sobel-x");
    expectRefusal(ragged, "--kernel", "same length");
    expectRefusal(large, "--kernel", "kernel 1×4 does not fit in the picture 1×1");
    expectRefusal(zh, "文件不存在");
  });

  it("--help describes the command and its options", async () => {
    const r = await convlab(["image", "--help"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("--kernel");
    expect(r.stdout).toContain("sobel-x");
  });
});

describe("rendering pictures in a terminal", () => {
  it("colourLevel follows NO_COLOR, FORCE_COLOR, the terminal and COLORTERM", () => {
    expect(colourLevel({}, false)).toBe(0);
    expect(colourLevel({}, true)).toBe(2);
    expect(colourLevel({ COLORTERM: "truecolor" }, true)).toBe(3);
    expect(colourLevel({ TERM: "dumb" }, true)).toBe(0);
    expect(colourLevel({ NO_COLOR: "1", FORCE_COLOR: "3" }, true)).toBe(0);
    expect(colourLevel({ FORCE_COLOR: "0" }, true)).toBe(0);
    expect(colourLevel({ FORCE_COLOR: "1" }, false)).toBe(2);
    expect(colourLevel({ FORCE_COLOR: "3" }, false)).toBe(3);
  });
  it("two pixel rows per line: shades average the pair; colours put the top in front, the bottom behind", () => {
    const p = [[0, 1], [0, 1], [0.5, 0.5]];
    expect(renderPicture(p, 0)).toEqual([" @", "++"]);
    const [first, last] = renderPicture(p, 2);
    expect(first).toBe("\u001b[38;5;16m\u001b[48;5;16m▀\u001b[38;5;231m\u001b[48;5;231m▀\u001b[0m");
    expect(last).toBe("\u001b[38;5;244m\u001b[49m▀\u001b[38;5;244m\u001b[49m▀\u001b[0m");
    expect(renderPicture([[0.2]], 3)).toEqual(["\u001b[38;2;51;51;51m\u001b[49m▀\u001b[0m"]);
  });
  it("side by side: captions above, each block padded by its pixel width, not its escape codes", () => {
    const left = renderPicture([[1, 1]], 2);
    const out = sideBySide([["a", ...left], ["图片", "xy", "zw"]], " ");
    expect(out[0]).toBe("a  图片");
    expect(out[1]).toBe(`${left[0]} xy`);
    expect(out[2]).toBe("   zw");
  });
});
