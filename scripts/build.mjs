// Bundles the CLI into one file: an unbundled Ink app loads hundreds of modules
// and shows its first frame ~2.5x later. Runs on `npm install` (prepare) and `npm start`.
import { build } from "esbuild";
import { renameSync } from "node:fs";
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

/** The esbuild options convlab is built with; the startup bench builds its peer the same way. */
export function bundleOptions(entry, outfile) {
  return {
    entryPoints: [entry],
    outfile,
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

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  // Write beside, then rename: a binary started during a rebuild must never read half a file.
  const tmp = `dist/convlab.${process.pid}.tmp.js`;
  await build(bundleOptions("src/cli/main.ts", tmp));
  renameSync(tmp, "dist/convlab.js");
}
