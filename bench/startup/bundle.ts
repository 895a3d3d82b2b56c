// Bundles the minimal Ink app into .bench/ (git-ignored) with the options scripts/build.mjs
// uses for convlab itself (ESM, node20, production React), so both are built the same way.
import { build, type Plugin } from "esbuild";
import { mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import path from "node:path";

export const ROOT = fileURLToPath(new URL("../../", import.meta.url));

const noDevtools: Plugin = {
  name: "no-react-devtools",
  setup(b) {
    b.onResolve({ filter: /^react-devtools-core$/ }, () => ({ path: "react-devtools-core", namespace: "stub" }));
    b.onLoad({ filter: /.*/, namespace: "stub" }, () => ({ contents: "export default {};", loader: "js" }));
  },
};

export async function bundleMinimalInk(): Promise<string> {
  const outDir = path.join(ROOT, ".bench");
  mkdirSync(outDir, { recursive: true });
  const outfile = path.join(outDir, "ink-min.js");
  await build({
    entryPoints: [fileURLToPath(new URL("./ink-min.tsx", import.meta.url))],
    outfile,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    jsx: "automatic",
    // Ink loads its devtools only when DEV=true, but esbuild hoists that import to the top of
    // an ESM bundle, and react-devtools-core is not installed: give it an empty module.
    plugins: [noDevtools],
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
    define: { "process.env.NODE_ENV": '"production"' },
    logLevel: "warning",
    legalComments: "none",
  });
  return outfile;
}
