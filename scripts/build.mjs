// Bundles convlab in two builds. An unbundled Ink app loads hundreds of modules and shows its
// first frame ~2.5x later. The lab is dist/lab.js (src/ui/start-lab.tsx: Ink, React, the menu;
// the lessons and the engine in a chunk loaded after the first frame) and dist/first-paint.js
// (the menu painted before Ink loads); the CLI (src/cli/main.ts: yargs and the commands in
// chunks loaded on demand) is dist/convlab.js, which imports the lab's files only to open it.
// So the lab never parses yargs, a command never parses Ink, and the first frame waits for a
// handful of files rather than a dozen shared chunks.
// Runs on `npm install` (prepare) and `npm start`.
import { build } from "esbuild";
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

// Ink imports react-devtools-core only when DEV=true, but esbuild hoists that import to
// the top of an ESM bundle and the package is not installed: give it an empty module.
const noDevtools = {
  name: "no-react-devtools",
  setup(b) {
    b.onResolve({ filter: /^react-devtools-core$/ }, () => ({ path: "react-devtools-core", namespace: "stub" }));
    b.onLoad({ filter: /.*/, namespace: "stub" }, () => ({ contents: "export default {};", loader: "js" }));
  },
};

/**
 * The esbuild options convlab is built with; the startup bench builds its peer the same way.
 * The output must stay ASCII (test/cli/bundle.test.ts): esbuild escapes non-ASCII characters in
 * strings, but not in regex literals or the comments it keeps, and one such character makes V8
 * hold a whole file as UTF-16, twice the bytes to scan. Write such a pattern as a string.
 * `entries` maps output names to sources: each entry is `outdir/<name>.js`; code reached only by
 * dynamic import(), or shared between entries, goes to chunks/ beside them (an app with one
 * entry and no dynamic imports gets the one file).
 */
export function bundleOptions(entries, outdir) {
  return {
    entryPoints: entries,
    outdir,
    entryNames: "[name]",
    chunkNames: "chunks/[name]-[hash]",
    splitting: true,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    jsx: "automatic",
    plugins: [noDevtools],
    // Bundled CommonJS (yargs' helpers, react) calls require(): give ESM one.
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
    define: { "process.env.NODE_ENV": '"production"' },
    logLevel: "warning",
    legalComments: "none",
  };
}

/** The CLI's bundle: dist/convlab.js, the file bin/convlab.js imports. */
const CLI = { convlab: "src/cli/main.ts", engine: "src/engine/index.ts", "practice-worker": "src/practice/worker.ts" };

/** The lab's bundle: its entries (by output name) and the CLI's imports of them. */
const LAB = {
  lab: { source: "src/ui/start-lab.tsx", importer: path.join("src", "ui", "run-lab.tsx"), specifier: "./start-lab.tsx" },
  "first-paint": { source: "src/ui/first-paint.ts", importer: path.join("src", "cli", "main.ts"), specifier: "../ui/first-paint.ts" },
};
const LAB_ENTRIES = Object.fromEntries(Object.entries(LAB).map(([name, e]) => [name, e.source]));

/**
 * The CLI's ways into the lab (run-lab.tsx importing start-lab.tsx, main.ts importing
 * first-paint.ts) become imports of the lab's bundle, whose entries share one copy of what they
 * both use (string-width, the catalog). main.ts imports run-lab.tsx statically, so both imports
 * sit in dist/convlab.js, beside dist/lab.js and dist/first-paint.js.
 */
const labBundle = {
  name: "lab-bundle",
  setup(b) {
    b.onResolve({ filter: /\.tsx?$/ }, (args) => {
      const entry = Object.entries(LAB).find(([, e]) => args.path === e.specifier && args.importer.endsWith(e.importer));
      return entry ? { path: `./${entry[0]}.js`, external: true } : undefined;
    });
  },
};

/**
 * Chunks this build did not write are removed once no build has written them for this long: a
 * binary started from the previous entry imports its chunks within its first second (the lab
 * and every command load theirs at start), and a concurrent build's are newer than this.
 */
const STALE_MS = 10 * 60 * 1000;

/** Builds into `outdir`; the CLI's build also checks where its imports of the lab ended up. */
async function buildInto(entries, outdir, plugins = []) {
  const options = bundleOptions(entries, outdir);
  const result = await build({ ...options, plugins: [...options.plugins, ...plugins], metafile: true });
  for (const [file, output] of Object.entries(result.metafile.outputs)) {
    const lab = output.imports.filter((i) => i.external && Object.keys(LAB).some((name) => i.path === `./${name}.js`));
    // "./lab.js" is right only from an entry in outdir: in chunks/ it would name chunks/lab.js.
    if (lab.length > 0 && path.dirname(file) !== outdir) {
      throw new Error(`${path.relative(outdir, file)} imports ${lab[0].path}, but only an entry beside dist/lab.js can: run-lab.tsx and main.ts must be imported by main.ts alone, statically, never from a chunk`);
    }
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  // Write beside, then rename: a binary started during a rebuild must never read half a file.
  // Chunk names carry a content hash, so a chunk moved in never changes one already there;
  // the entries, which name them, move last (the CLI's, which names the lab's, last of all).
  const tmp = `dist/build.${process.pid}.tmp`;
  const fresh = new Set();
  try {
    const builds = await Promise.allSettled([buildInto(LAB_ENTRIES, `${tmp}/lab`), buildInto(CLI, `${tmp}/cli`, [labBundle])]);
    const failed = builds.find((b) => b.status === "rejected");
    if (failed) throw failed.reason;
    mkdirSync("dist/chunks", { recursive: true });
    for (const dir of [`${tmp}/lab/chunks`, `${tmp}/cli/chunks`]) {
      for (const name of existsSync(dir) ? readdirSync(dir) : []) {
        renameSync(`${dir}/${name}`, `dist/chunks/${name}`);
        fresh.add(name);
      }
    }
    for (const name of Object.keys(LAB)) renameSync(`${tmp}/lab/${name}.js`, `dist/${name}.js`);
    for (const name of Object.keys(CLI).filter((n) => n !== "convlab")) renameSync(`${tmp}/cli/${name}.js`, `dist/${name}.js`);
    renameSync(`${tmp}/cli/convlab.js`, "dist/convlab.js");
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  for (const name of readdirSync("dist/chunks")) {
    const file = `dist/chunks/${name}`;
    if (!fresh.has(name) && Date.now() - statSync(file).mtimeMs > STALE_MS) rmSync(file, { force: true });
  }
}
