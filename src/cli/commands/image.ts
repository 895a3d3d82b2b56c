// `convlab image [file.png] [--kernel edge|blur|sharpen|sobel-x|'<json>'] [--json]`: a picture
// through a kernel. The PNG is read and checked here (a refusal is one line: missing, not a PNG,
// damaged, too large), turned into grey and scaled to the terminal by the your-picture lesson's
// helpers, and run through that lesson, whose last frame holds both pictures as grey levels.
import { readFileSync, statSync } from "node:fs";
import { yourPicture } from "../../../lessons/09-your-picture/index.ts";
import { defaultPicture, fitPicture, greyFromRgba } from "../../../lessons/09-your-picture/picture.ts";
import type { Frame } from "../../../lessons/frame.ts";
import type { CliContext } from "../context.ts";
import { UsageError } from "../errors.ts";
import type { CliCommand } from "./command.ts";
import { describeError, errorInfo } from "../../store/index.ts";
import { shapeLabel } from "../../../lessons/format.ts";
import { sideBySide } from "../../draw/text.ts";
import { colourLevel, renderPicture } from "../../draw/picture.ts";
import { en, zh, type ImageText } from "./image.text.ts";

const TEXT = { en, zh };
/** Refused above these: the file is read whole, and pngjs decodes it whole into RGBA. */
export const MAX_FILE_MB = 50;
export const MAX_MEGAPIXELS = 40;
/** Pixel rows shown (two per text line). */
export const MAX_HEIGHT = 48;
const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

export const image: CliCommand = {
  name: "image",
  args: "[file]",
  describe: (ctx) => TEXT[ctx.lang].cmd,
  positionals: (ctx) => ({ file: { type: "string", describe: TEXT[ctx.lang].file } }),
  options: (ctx) => ({
    kernel: { type: "string", nargs: 1, describe: TEXT[ctx.lang].optKernel },
    json: { type: "boolean", describe: TEXT[ctx.lang].optJson },
  }),
  examples: (ctx) => [
    ["convlab image photo.png --kernel edge", TEXT[ctx.lang].example],
    ["convlab image assets/picture.png --kernel sharpen --json", TEXT[ctx.lang].exampleJson],
  ],
  async run(argv, ctx) {
    const t = TEXT[ctx.lang];
    const file = argv.file === undefined ? undefined : String(argv.file);
    const source = file === undefined ? undefined : await readPng(file, t, ctx);
    // half the width each, minus the gap between the two pictures
    const maxWidth = Math.max(8, Math.floor((ctx.io.columns - 3) / 2));
    const grey = source ? greyFromRgba(source.data, source.width, source.height) : defaultPicture();
    const picture = fitPicture(grey, maxWidth, MAX_HEIGHT);
    // convlab's own picture goes in only if the terminal made it smaller (the lesson has it too)
    const given = source !== undefined || picture[0]!.length !== grey[0]!.length;
    let state = yourPicture.init({ ...(given ? { picture } : {}), ...(argv.kernel === undefined ? {} : { kernel: argv.kernel }) });
    for (let last = -1; ; ) {
      const f = yourPicture.frame(state, ctx.lang);
      if (f.done || f.step <= last) break;
      last = f.step;
      state = yourPicture.next(state);
    }
    const frame = yourPicture.frame(state, ctx.lang);
    const summary = yourPicture.summarize(state);
    if (argv.json) {
      ctx.io.out(JSON.stringify({ file: file ?? null, source: source ? [source.width, source.height] : null, ...summary }) + "\n");
      return 0;
    }
    ctx.io.out(show(frame, t, ctx, file, { width: grey[0]!.length, height: grey.length }) + "\n");
    return 0;
  },
};

function show(frame: Frame, t: ImageText, ctx: CliContext, file: string | undefined, source: { width: number; height: number }): string {
  const level = colourLevel(ctx.env, ctx.io.stdoutIsTerminal);
  const input = frame.matrices.find((m) => m.id === "picture")!;
  const output = frame.matrices.find((m) => m.id === "Y")!;
  const kernel = frame.matrices.find((m) => m.id === "K")!;
  const from = (source.width !== input.values[0]!.length || source.height !== input.values.length) ? t.scaled({ from: `${source.height}×${source.width}` }) : "";
  const header = `${file ?? t.ownPicture} ${shapeLabel(input.values)}${from} · ${kernel.title}`;
  const blocks = [
    [`${t.inputCaption} ${shapeLabel(input.values)}`, ...renderPicture(input.values, level)],
    [`${output.title} ${shapeLabel(output.values)}`, ...renderPicture(output.values, level)],
  ];
  return [header, "", ...sideBySide(blocks, "   "), "", ...frame.narrative].join("\n");
}

/** The PNG's size and RGBA pixels, or a one-line refusal saying what is wrong with the file. */
async function readPng(file: string, t: ImageText, ctx: CliContext): Promise<{ width: number; height: number; data: Uint8Array }> {
  let bytes: Buffer;
  try {
    const stat = statSync(file);
    if (stat.isDirectory()) throw new UsageError(t.directory({ file }));
    if (stat.size > MAX_FILE_MB * 1024 * 1024) throw new UsageError(t.tooBigFile({ file, mb: (stat.size / 1024 / 1024).toFixed(1), max: MAX_FILE_MB }));
    bytes = readFileSync(file);
  } catch (error) {
    if (error instanceof UsageError) throw error;
    if ((error as NodeJS.ErrnoException).code === "ENOENT") throw new UsageError(t.missing({ file }));
    throw new UsageError(t.unreadable({ file, reason: describeError(errorInfo(error), ctx.lang) }));
  }
  if (bytes.length < 8 || SIGNATURE.some((b, i) => bytes[i] !== b)) throw new UsageError(t.notPng({ file }));
  // The size, from the IHDR chunk that must come first, before decoding a huge picture
  if (bytes.length < 24 || bytes.toString("latin1", 12, 16) !== "IHDR") throw new UsageError(t.damaged({ file, reason: t.noHeader }));
  const [width, height] = [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
  if (width === 0 || height === 0) throw new UsageError(t.damaged({ file, reason: t.zeroSize({ size: `${height}×${width}` }) }));
  if (width * height > MAX_MEGAPIXELS * 1e6) throw new UsageError(t.tooManyPixels({ file, size: `${height}×${width}`, max: MAX_MEGAPIXELS }));
  // A PNG ends with an IEND chunk (length, "IEND", CRC): without it the file was cut short
  if (bytes.toString("latin1", bytes.length - 8, bytes.length - 4) !== "IEND") throw new UsageError(t.damaged({ file, reason: t.truncated }));
  // pngjs only now: no other command (nor `convlab image` on its own picture) loads it. It is
  // CommonJS: its exports object is the default export (the bundle gives no named ones).
  const { PNG } = (await import("pngjs")).default;
  try {
    const png = PNG.sync.read(bytes);
    return { width: png.width, height: png.height, data: png.data };
  } catch {
    // pngjs says why in its own English words ("invalid filter", "unrecognised content at end of stream"…)
    throw new UsageError(t.damaged({ file, reason: t.undecodable }));
  }
}
