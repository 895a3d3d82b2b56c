// `convlab image [file.png] [--kernel edge|blur|sharpen|sobel-x|'<json>'] [--json]`: a picture
// through a kernel. The PNG is read and checked here (a refusal is one line: missing, not a PNG,
// damaged, too large), turned into grey and scaled to the terminal by the your-picture lesson's
// helpers, and run through that lesson, whose last frame holds both pictures as grey levels.
import { MAX_PICTURE, yourPicture } from "../../../lessons/09-your-picture/index.ts";
import { DEFAULT_SIZE, defaultPicture, fitPicture, fitRgba } from "../../../lessons/09-your-picture/picture.ts";
import type { Frame } from "../../../lessons/frame.ts";
import type { CliContext } from "../context.ts";
import type { Messages } from "../messages.ts";
import { clip, safeText, UsageError } from "../errors.ts";
import type { CliCommand } from "./command.ts";
import { describeError, errorInfo, fileKindText } from "../../store/index.ts";
import { shapeLabel } from "../../../lessons/format.ts";
import { sideBySide } from "../../draw/text.ts";
import { colourLevel, renderPicture } from "../../draw/picture.ts";
import { PNG_LIMITS, readPng, type PngDamage } from "../png.ts";
import { jsonLine } from "../../../lessons/format.ts";

/** Pixel rows shown as text (two per text line). */
export const MAX_HEIGHT = 48;

export const image: CliCommand = {
  name: "image",
  args: "[file]",
  describe: (ctx) => ctx.msg.image.cmd,
  positionals: (ctx) => ({ file: { type: "string", describe: ctx.msg.image.file } }),
  options: (ctx) => ({
    kernel: { type: "string", nargs: 1, describe: ctx.msg.image.optKernel },
    "max-size": { type: "string", nargs: 1, describe: ctx.msg.image.optMaxSize({ max: MAX_PICTURE }) },
    json: { type: "boolean", describe: ctx.msg.image.optJson },
  }),
  examples: (ctx) => [
    ["convlab image photo.png --kernel edge", ctx.msg.image.example],
    ["convlab image assets/picture.png --kernel sharpen --json", ctx.msg.image.exampleJson],
  ],
  async run(argv, ctx) {
    const t = ctx.msg.image;
    const file = argv.file === undefined ? undefined : String(argv.file);
    const maxSize = maxSizeArg(argv["max-size"], t);
    const source = file === undefined ? undefined : await readPicture(file, t, ctx);
    const size = source ? { width: source.width, height: source.height } : DEFAULT_SIZE;
    // JSON is the picture's own size unless --max-size asks (a script gets the same numbers in
    // any terminal); text also fits the terminal: half its width each, minus the gap between.
    let [maxWidth, maxHeight] = [maxSize ?? Infinity, maxSize ?? Infinity];
    if (!argv.json) [maxWidth, maxHeight] = [Math.min(maxWidth, Math.max(8, Math.floor((ctx.io.columns - 3) / 2))), Math.min(maxHeight, MAX_HEIGHT)];
    else if (maxSize === undefined && (size.width > MAX_PICTURE || size.height > MAX_PICTURE)) {
      throw new UsageError(t.jsonTooLarge({ file: file ?? t.ownPicture, size: `${size.height}×${size.width}`, max: MAX_PICTURE }));
    }
    const picture = source ? fitRgba(source.data, source.width, source.height, maxWidth, maxHeight) : fitPicture(defaultPicture(), maxWidth, maxHeight);
    // convlab's own picture goes in only if it was made smaller (the lesson has it too)
    const given = source !== undefined || picture[0]!.length !== size.width;
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
      ctx.io.out(jsonLine({ file: file ?? null, source: source ? [source.width, source.height] : null, ...summary }));
      return 0;
    }
    ctx.io.out(show(frame, t, ctx, file, size) + "\n");
    return 0;
  },
};

function show(frame: Frame, t: Messages["image"], ctx: CliContext, file: string | undefined, source: { width: number; height: number }): string {
  const level = colourLevel(ctx.env, ctx.io.stdoutIsTerminal);
  const input = frame.matrices.find((m) => m.id === "picture")!;
  const output = frame.matrices.find((m) => m.id === "Y")!;
  const kernel = frame.matrices.find((m) => m.id === "K")!;
  const from = (source.width !== input.values[0]!.length || source.height !== input.values.length) ? t.scaled({ from: `${source.height}×${source.width}` }) : "";
  const header = `${safeText(file ?? t.ownPicture)} ${shapeLabel(input.values)}${from} · ${kernel.title}`;
  const blocks = [
    [`${t.inputCaption} ${shapeLabel(input.values)}`, ...renderPicture(input.values, level)],
    [`${output.title} ${shapeLabel(output.values)}`, ...renderPicture(output.values, level)],
  ];
  return [header, "", ...sideBySide(blocks, "   "), "", ...frame.narrative].join("\n");
}

/** --max-size N: a whole number from 1 to the lesson's largest picture. */
function maxSizeArg(raw: unknown, t: Messages["image"]): number | undefined {
  if (raw === undefined) return undefined;
  const n = Number(raw);
  if (typeof raw !== "string" || !/^\s*\d+\s*$/.test(raw) || n < 1 || n > MAX_PICTURE) {
    throw new UsageError(t.badMaxSize({ value: clip(JSON.stringify(raw)), max: MAX_PICTURE }));
  }
  return n;
}

/** The PNG's size and RGBA pixels, or a one-line refusal saying what is wrong with the file. */
async function readPicture(file: string, t: Messages["image"], ctx: CliContext): Promise<{ width: number; height: number; data: Uint8Array }> {
  const read = await readPng(file);
  if (read.ok) return read;
  const p = read.problem;
  const name = file;
  const damage: Record<PngDamage, string> = {
    "no-header": t.noHeader,
    truncated: t.truncated,
    "zero-size": t.zeroSize({ size: (p.kind === "damaged" && p.size) || "" }),
    "no-data": t.noData,
    "not-zlib": t.notZlib,
    undecodable: t.undecodable,
  };
  switch (p.kind) {
    case "missing":
      throw new UsageError(t.missing({ file: name }));
    case "not-regular":
      throw new UsageError(t.notRegular({ file: name, what: fileKindText(p.what, ctx.lang) }));
    case "unreadable":
      throw new UsageError(t.unreadable({ file: name, reason: describeError(errorInfo(p.error), ctx.lang) }));
    case "too-big-file":
      throw new UsageError(t.tooBigFile({ file: name, max: p.maxBytes / 1024 / 1024 }));
    case "not-png":
      throw new UsageError(t.notPng({ file: name }));
    case "damaged":
      throw new UsageError(t.damaged({ file: name, reason: damage[p.damage] }));
    case "too-large":
      throw new UsageError(t.tooManyPixels({ file: name, size: `${p.height}×${p.width}`, side: PNG_LIMITS.maxSide, max: (p.sixteenBit ? PNG_LIMITS.maxPixels16 : PNG_LIMITS.maxPixels) / 1e6 }));
  }
}
