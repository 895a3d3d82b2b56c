// Builds dist/ in one esbuild build with code splitting (docs/architecture.md, "The build"):
// - dist/convlab.js, the binary's code (bin/convlab.js imports it): the CLI, with the lab (Ink,
//   React) and each command in chunks loaded on demand, so a headless command never loads Ink;
// - dist/engine.js, the engine, the package's "." export (with its type declarations in
//   dist/types/): every entry that uses the engine shares one chunk of it, so a learner's code
//   that imports "convlab" and convlab's own checker run the same engine.
// Runs on `npm install` (prepare), `npm start` (prestart), `npm pack` (prepack) and the bench.
import { execFileSync } from "node:child_process";
import { build } from "esbuild";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

/** What the build makes: output name → source. Another entry (a practice worker) is a line here. */
export const ENTRIES = {
  convlab: "src/cli/main.ts",
  engine: "src/engine/index.ts",
  "practice-worker": "src/practice/worker.ts",
};

// Ink's React DevTools support (DEV=true in the environment, which src/cli/main.ts drops) is
// built out: its devtools.js, which would pull in react-devtools-core (not installed) and the ws
// WebSocket client, is an empty module.
const noDevtools = {
  name: "no-ink-devtools",
  setup(b) {
    b.onResolve({ filter: /^\.\/devtools\.js$/ }, (args) =>
      /[\\/]node_modules[\\/]ink[\\/]/.test(args.importer) ? { path: "ink-devtools", namespace: "stub" } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: "stub" }, () => ({ contents: "export {};", loader: "js" }));
  },
};

/**
 * The esbuild options convlab is built with; the startup bench builds its peer the same way.
 * `entries` maps output names to sources: each entry is `outdir/<name>.js`; code reached only by
 * dynamic import(), or shared between entries, goes to chunks/ beside them.
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
    write: false,
  };
}

/**
 * Writes `text` with every non-ASCII character as \uXXXX. V8 holds a source file with even one
 * non-ASCII character as UTF-16, twice the bytes to scan (a 900 KB chunk started visibly later);
 * esbuild escapes strings but not regex literals or the comments it keeps. \uXXXX means the same
 * character in strings, templates, regexes (with or without the u flag: a surrogate pair stays
 * one code point) and identifiers. After an odd run of backslashes the character was an identity
 * escape (`\é` is `é`), so that backslash goes.
 */
export function asciiOnly(text) {
  return text.replace(/(\\*)([^\x00-\x7f])/g, (_, slashes, ch) => {
    const kept = slashes.length % 2 === 1 ? slashes.slice(1) : slashes;
    let out = "";
    for (let i = 0; i < ch.length; i++) out += `\\u${ch.charCodeAt(i).toString(16).padStart(4, "0")}`;
    return kept + out;
  });
}

/** Builds into `outdir`, every file ASCII (the startup bench builds its peer with it too). */
export async function bundleInto(entries, outdir) {
  const result = await build(bundleOptions(entries, outdir));
  for (const file of result.outputFiles) {
    mkdirSync(path.dirname(file.path), { recursive: true });
    writeFileSync(file.path, asciiOnly(file.text));
  }
}

/**
 * The engine's type declarations, for `import … from "convlab"` (tsc writes them; TypeScript 7's
 * native tsc takes about half a second). They name the sources' `.ts` files; a published
 * declaration names `.js`, which resolves to the `.d.ts` beside it.
 */
function declareEngine(outdir) {
  const config = path.join(outdir, "tsconfig.engine.json");
  writeFileSync(config, JSON.stringify({
    extends: path.resolve("tsconfig.json"),
    compilerOptions: { noEmit: false, declaration: true, emitDeclarationOnly: true, types: [], rootDir: path.resolve("src/engine"), outDir: path.resolve(outdir, "types") },
    include: [],
    files: [path.resolve(ENTRIES.engine)],
  }));
  const tsc = path.join(path.dirname(createRequire(import.meta.url).resolve("typescript/package.json")), "bin", "tsc");
  execFileSync(process.execPath, [tsc, "-p", config], { stdio: "inherit" });
  rmSync(config);
  const walk = (dir) => readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]));
  for (const file of walk(path.join(outdir, "types"))) {
    writeFileSync(file, readFileSync(file, "utf8").replace(/(from\s+"\.{1,2}\/[^"]*)\.ts"/g, '$1.js"'));
  }
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
  // the entries, which name them, move last.
  const tmp = `dist/build.${process.pid}.tmp`;
  const fresh = new Set();
  try {
    await bundleInto(ENTRIES, tmp);
    declareEngine(tmp);
    mkdirSync("dist/chunks", { recursive: true });
    for (const name of existsSync(`${tmp}/chunks`) ? readdirSync(`${tmp}/chunks`) : []) {
      renameSync(`${tmp}/chunks/${name}`, `dist/chunks/${name}`);
      fresh.add(name);
    }
    rmSync("dist/types", { recursive: true, force: true });
    renameSync(`${tmp}/types`, "dist/types");
    for (const name of Object.keys(ENTRIES)) renameSync(`${tmp}/${name}.js`, `dist/${name}.js`);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  // --clean (npm pack): nothing but this build's chunks, whatever their age.
  const clean = process.argv.includes("--clean");
  for (const name of readdirSync("dist/chunks")) {
    const file = `dist/chunks/${name}`;
    if (!fresh.has(name) && (clean || Date.now() - statSync(file).mtimeMs > STALE_MS)) rmSync(file, { force: true });
  }
}
