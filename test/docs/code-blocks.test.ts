// Every ```ts block in README.md and docs/*.md runs as written, against the engine's source (the
// package's "convlab" export), so the docs cannot drift from the code. A line ending in a comment
// that is a JSON value (`corr2d(X, K).toArray(); // [[19, 25], [37, 43]]`) is checked against it;
// `// ≈ <JSON>` checks to within 0.05. Write a block that is not meant to run as ```text.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "../..");
const ENGINE = path.join(ROOT, "src/engine/index.ts");
// Inside the repo, so vitest transforms the TypeScript; git-ignored.
const OUT = path.join(ROOT, ".fences", String(process.pid));

const docs = ["README.md", ...readdirSync(path.join(ROOT, "docs")).filter((f) => f.endsWith(".md")).map((f) => `docs/${f}`)];

interface Block {
  doc: string;
  line: number;
  code: string;
}

function blocksOf(doc: string): Block[] {
  const lines = readFileSync(path.join(ROOT, doc), "utf8").split("\n");
  const blocks: Block[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (lines[i]!.trim() !== "```ts") continue;
    const end = lines.findIndex((l, j) => j > i && l.trim() === "```");
    blocks.push({ doc, line: i + 1, code: lines.slice(i + 1, end).join("\n") });
    i = end;
  }
  return blocks;
}

const CHECKED = /^(\s*)(.+?);\s*\/\/\s*(≈\s*)?(.+)$/;

/** The block as a module: "convlab" is the engine's source, checked lines become checks. */
function asModule(block: Block): string {
  const body = block.code.split("\n").map((line, k) => {
    const m = CHECKED.exec(line);
    if (!m) return line;
    try {
      JSON.parse(m[4]!);
    } catch {
      return line; // a comment in words
    }
    return `${m[1]}__check(${m[2]}, ${m[4]}, ${m[3] ? "true" : "false"}, ${JSON.stringify(`${block.doc}:${block.line + k + 1}`)});`;
  });
  return [
    `import { expect as __expect } from "vitest";`,
    `const console = { log: () => {} };`,
    `function __check(value: any, want: unknown, near: boolean, where: string) {`,
    `  const got = typeof value?.toArray === "function" ? value.toArray() : value;`,
    `  if (!near) return __expect(got, where).toEqual(want);`,
    `  const flat = (x: any): number[] => (Array.isArray(x) ? x.flatMap(flat) : [x]);`,
    `  __expect(flat(got).length, where).toBe(flat(want).length);`,
    `  flat(got).forEach((g, i) => __expect(Math.abs(g - flat(want)[i]!), where).toBeLessThan(0.05));`,
    `}`,
    ...body,
  ]
    .join("\n")
    .replaceAll(`from "convlab"`, `from ${JSON.stringify(ENGINE)}`);
}

afterAll(() => rmSync(OUT, { recursive: true, force: true }));

describe("the docs' ts blocks", () => {
  const blocks = docs.flatMap(blocksOf);
  it("include the engine guide's", () => {
    expect(blocks.filter((b) => b.doc === "docs/engine.md").length).toBeGreaterThanOrEqual(3);
  });
  it.each(blocks.map((b) => [`${b.doc}:${b.line}`, b] as const))("%s runs as written", async (_where, block) => {
    expect(block.code, "a runnable block imports the engine as a learner would").toMatch(/from "convlab"/);
    mkdirSync(OUT, { recursive: true });
    const file = path.join(OUT, `${block.doc.replaceAll("/", "_")}-${block.line}.ts`);
    writeFileSync(file, asModule(block));
    await import(pathToFileURL(file).href);
  });
});
