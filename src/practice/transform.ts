// The learner's TypeScript as JavaScript Node can import, in-process and offline: sucrase strips
// the types (keeping every line where it was, so line numbers already match) and writes a source
// map, so a thrown error's stack names the learner's own file, line and column. The specifier
// "convlab" becomes the file URL of the engine the checker judges with: one module instance,
// so `instanceof NDArray` and `.grad` mean the same on both sides.
import { transform } from "sucrase";
import type { SourceLine } from "./verdict.ts";

/** A syntax error sucrase found, at the learner's line (1-based) and column (0-based). */
export class LearnerSyntaxError extends Error {
  constructor(
    message: string,
    readonly line: number,
    readonly column: number,
  ) {
    super(message);
    this.name = "LearnerSyntaxError";
  }
}

// import … from "convlab", export … from "convlab", import "convlab", import("convlab")
const CONVLAB_SPECIFIER = /(\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)(["'])convlab\2/g;

/** `source` (the file at `file`) as an ES module whose "convlab" is `engineUrl`, with an inline source map. */
export function toRunnable(source: string, file: string, engineUrl: string): string {
  let result: ReturnType<typeof transform>;
  try {
    result = transform(source, {
      transforms: ["typescript"],
      filePath: file,
      disableESTransforms: true,
      sourceMapOptions: { compiledFilename: file.replace(/\.ts$/, ".mjs") },
    });
  } catch (error) {
    const loc = (error as { loc?: { line: number; column: number } }).loc;
    // sucrase says "Error transforming <file>: Unexpected token (3:10)": the file and place are shown apart
    const message = String((error as Error).message).replace(/^Error transforming [^:]*: /, "").replace(/\s*\(\d+:\d+\)$/, "");
    // sucrase's column counts from 1 (the unexpected token's first character)
    throw new LearnerSyntaxError(message, loc?.line ?? 1, Math.max(0, (loc?.column ?? 1) - 1));
  }
  const code = result.code.replace(CONVLAB_SPECIFIER, (_m, before: string, quote: string) => `${before}${quote}${engineUrl}${quote}`);
  const map = { ...result.sourceMap!, sources: [file], sourcesContent: [source] };
  return `${code}\n//# sourceMappingURL=data:application/json;base64,${Buffer.from(JSON.stringify(map)).toString("base64")}\n`;
}

/** Line `line` (1-based) of `source` with the column, for a caret under it. */
export function sourceLine(source: string, file: string, line: number, column: number): SourceLine {
  const text = source.split(/\r?\n/)[line - 1] ?? "";
  return { file, line, column: Math.max(0, Math.min(column, text.length)), text };
}
