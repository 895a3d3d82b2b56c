// The bundle the binary runs (built by test/helpers/build-bundle.ts with scripts/build.mjs):
// what the lab's first frames have to load, and that every file stays ASCII.
import { readFileSync } from "node:fs";
import path from "node:path";
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
  it("every file the binary can load is ASCII", () => {
    // esbuild escapes non-ASCII characters in strings, but keeps regex literals and some comments
    // as written; one such character makes V8 hold the whole file as UTF-16, twice the bytes to
    // scan, and the first frame waits for the largest chunk.
    const files = closure(["convlab.js", "first-paint.js", "lab.js"].map((f) => path.join(DIST, f)), true);
    expect(files.length).toBeGreaterThan(5);
    const offenders = files.flatMap((f) =>
      readFileSync(f, "utf8")
        .split("\n")
        .flatMap((line, i) => (/[^\x00-\x7f]/.test(line) ? [`${path.relative(DIST, f)}:${i + 1}: ${line.trim().slice(0, 80)}`] : [])),
    );
    expect(offenders).toEqual([]);
  });

  it("the menu is painted without Ink, React's renderer, yargs, the commands, the lessons' logic or the engine", () => {
    const painted = modulesIn(closure([path.join(DIST, "convlab.js"), path.join(DIST, "first-paint.js")], false));
    expect(painted).toContain("src/ui/first-paint.ts");
    expect(painted).toContain("lessons/catalog.ts");
    const heavy = painted.filter((m) => /^node_modules\/(ink|react-reconciler|yoga-layout|yargs)\/|^src\/cli\/commands\/|^src\/engine\/|^lessons\/\d\d-[^/]+\/(?!meta\.ts$)/.test(m));
    expect(heavy).toEqual([]);
  });

  it("Ink's first frame loads Ink and the menu, not yargs, the commands, the lessons' logic or the engine", () => {
    const firstFrame = modulesIn(closure([path.join(DIST, "convlab.js"), path.join(DIST, "lab.js")], false));
    expect(firstFrame).toContain("src/ui/FirstMenu.tsx");
    expect(firstFrame.some((m) => m.startsWith("node_modules/ink/"))).toBe(true);
    const heavy = firstFrame.filter((m) => /^node_modules\/yargs|^src\/cli\/commands\/|^src\/engine\/|^lessons\/\d\d-[^/]+\/(?!meta\.ts$)/.test(m));
    expect(heavy).toEqual([]);
  });
});
