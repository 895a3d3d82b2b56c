// Bundles the CLI: an unbundled Ink app loads hundreds of modules and shows its first frame
// ~2.5x later. Split into dist/convlab.js (the entry) and dist/chunks/*.js, loaded on demand:
// the lab never parses yargs or the commands, a command never parses Ink.
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
 * `outfile` names the entry; modules reached only by dynamic import() go to chunks/ beside it
 * (an app without dynamic imports gets the one file).
 */
export function bundleOptions(entry, outfile) {
  return {
    entryPoints: [entry],
    outdir: path.dirname(outfile),
    entryNames: path.basename(outfile, ".js"),
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

/**
 * Chunks this build did not write are removed once no build has written them for this long: a
 * binary started from the previous entry imports its chunks within its first second (the lab
 * and every command load theirs at start), and a concurrent build's are newer than this.
 */
const STALE_MS = 10 * 60 * 1000;

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  // Write beside, then rename: a binary started during a rebuild must never read half a file.
  // Chunk names carry a content hash, so a chunk moved in never changes one already there;
  // the entry, which names them, moves last.
  const tmp = `dist/build.${process.pid}.tmp`;
  const fresh = new Set();
  try {
    await build(bundleOptions("src/cli/main.ts", `${tmp}/convlab.js`));
    mkdirSync("dist/chunks", { recursive: true });
    for (const name of existsSync(`${tmp}/chunks`) ? readdirSync(`${tmp}/chunks`) : []) {
      renameSync(`${tmp}/chunks/${name}`, `dist/chunks/${name}`);
      fresh.add(name);
    }
    renameSync(`${tmp}/convlab.js`, "dist/convlab.js");
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  for (const name of readdirSync("dist/chunks")) {
    const file = `dist/chunks/${name}`;
    if (!fresh.has(name) && Date.now() - statSync(file).mtimeMs > STALE_MS) rmSync(file, { force: true });
  }
}
