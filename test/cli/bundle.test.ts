// The bundle the binary runs (built by test/helpers/build-bundle.ts with scripts/build.mjs):
// what loads when, one engine module, and every file ASCII.
import { readFileSync } from "node:fs";
import { builtinModules } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { ROOT } from "./fixtures/spawn.ts";

const DIST = path.join(ROOT, "dist");

/** Relative imports of a bundle file: static ones, or those in import(...) too. */
function importsOf(file: string, dynamic: boolean): string[] {
  const text = readFileSync(file, "utf8");
  const found = [...text.matchAll(/\bfrom\s+"(\.\.?\/[^"]+\.js)"|^import\s+"(\.\.?\/[^"]+\.js)"/gm)].map((m) => m[1] ?? m[2]!);
  if (dynamic) found.push(...[...text.matchAll(/\bimport\("(\.\.?\/[^"]+\.js)"\)/g)].map((m) => m[1]!));
  return found.map((p) => path.resolve(path.dirname(file), p));
}

/** Every file reachable from `entries` (the build leaves older chunks beside them for a while). */
function closure(entries: string[], dynamic: boolean): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    importsOf(file, dynamic).forEach(visit);
  };
  entries.forEach(visit);
  return [...seen];
}

/** The source modules bundled into `files`: esbuild heads each with a `// path` comment. */
function modulesIn(files: string[]): string[] {
  return files.flatMap((f) => [...readFileSync(f, "utf8").matchAll(/^\/\/ ((?:src|lessons|node_modules)\/\S+)$/gm)].map((m) => m[1]!));
}

describe("the bundle", () => {
  const entries = ["convlab.js", "engine.js", "practice-worker.js"].map((f) => path.join(DIST, f));

  it("every file the binary or the engine can load is ASCII", () => {
    // One non-ASCII character makes V8 hold the whole file as UTF-16, twice the bytes to scan
    // (scripts/build.mjs escapes them after esbuild).
    const files = closure(entries, true);
    expect(files.length).toBeGreaterThan(5);
    const offenders = files.flatMap((f) =>
      readFileSync(f, "utf8")
        .split("\n")
        .flatMap((line, i) => (/[^\x00-\x7f]/.test(line) ? [`${path.relative(DIST, f)}:${i + 1}: ${line.trim().slice(0, 80)}`] : [])),
    );
    expect(offenders).toEqual([]);
  });

  it("is self-contained: it imports nothing but its own files and Node's built-ins (docs/architecture.md)", () => {
    const bare = closure(entries, true).flatMap((f) =>
      [...readFileSync(f, "utf8").matchAll(/^import\b[^"']*["']([^"']+)["']|\bimport\(["']([^"']+)["']\)/gm)].map((m) => m[1] ?? m[2]!),
    );
    expect(bare.filter((s) => !s.startsWith(".") && !s.startsWith("node:") && !builtinModules.includes(s))).toEqual([]);
  });

  it("a headless command loads neither Ink nor React: the lab is a chunk imported on demand", () => {
    const atStart = modulesIn(closure([path.join(DIST, "convlab.js")], false));
    expect(atStart).toContain("src/cli/main.ts");
    expect(atStart.filter((m) => /^node_modules\/(ink|react|react-reconciler|yoga-layout)\/|^src\/ui\//.test(m))).toEqual([]);
    expect(modulesIn(closure([path.join(DIST, "convlab.js")], true))).toContain("src/ui/start.tsx");
  });

  it("the engine is one module: dist/engine.js, the lessons and the practice worker share its chunk", () => {
    const holdingEngine = (entry: string) => closure([path.join(DIST, entry)], true).filter((f) => modulesIn([f]).includes("src/engine/ndarray.ts"));
    const engineFiles = holdingEngine("engine.js");
    expect(engineFiles).toHaveLength(1);
    expect(holdingEngine("convlab.js")).toEqual(engineFiles);
    expect(holdingEngine("practice-worker.js")).toEqual(engineFiles);
  });
});

describe("asciiOnly (scripts/build.mjs)", () => {
  it("escapes what a regex, a string or an identity escape means, unchanged", async () => {
    const { asciiOnly } = (await import(pathToFileURL(path.join(ROOT, "scripts", "build.mjs")).href)) as { asciiOnly: (s: string) => string };
    const source = 'return [/[−–]+/u.exec("a −– b")[0], /😀/u.test("😀"), /\\é/.test("é"), "中文", `×${1}`];';
    const escaped = asciiOnly(source);
    expect(escaped).toMatch(/^[\x00-\x7f]*$/);
    expect(new Function(escaped)()).toEqual(new Function(source)());
  });
});
