// Bundles the minimal Ink app into .bench/ (git-ignored) with the very options convlab is
// built with (scripts/build.mjs exports them), so both sides are built the same way.
import { build, type BuildOptions } from "esbuild";
import { mkdirSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import path from "node:path";

export const ROOT = fileURLToPath(new URL("../../", import.meta.url));

type BundleOptions = (entries: Record<string, string>, outdir: string) => BuildOptions;

export async function bundleMinimalInk(): Promise<string> {
  const outDir = path.join(ROOT, ".bench");
  mkdirSync(outDir, { recursive: true });
  const outfile = path.join(outDir, "ink-min.js");
  // build.mjs only builds when run as a script; imported, it just hands over its options.
  const script = pathToFileURL(path.join(ROOT, "scripts", "build.mjs")).href;
  const { bundleOptions } = (await import(script)) as { bundleOptions: BundleOptions };
  await build(bundleOptions({ "ink-min": fileURLToPath(new URL("./ink-min.tsx", import.meta.url)) }, outDir));
  return outfile;
}
