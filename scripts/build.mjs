// Bundles the CLI into one file: an unbundled Ink app loads hundreds of modules
// and shows its first frame ~2.5x later. Runs on `npm install` (prepare) and `npm start`.
import { build } from "esbuild";

await build({
  entryPoints: ["src/cli/main.ts"],
  outfile: "dist/convlab.js",
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  // Ink imports react-devtools-core only when DEV is set; it is not installed.
  external: ["react-devtools-core"],
  // Bundled CommonJS (yargs' helpers, react) calls require(): give ESM one.
  banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  define: { "process.env.NODE_ENV": '"production"' },
  logLevel: "warning",
  legalComments: "none",
});
