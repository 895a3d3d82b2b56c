// Bundles the minimal Ink app into .bench/ (git-ignored) with the very options convlab is
// built with (scripts/build.mjs exports its build), so both sides are built the same way.
import { mkdirSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import path from "node:path";

export const ROOT = fileURLToPath(new URL("../../", import.meta.url));

type BundleInto = (entries: Record<string, string>, outdir: string) => Promise<void>;

export async function bundleMinimalInk(): Promise<string> {
  const outDir = path.join(ROOT, ".bench");
  mkdirSync(outDir, { recursive: true });
  const outfile = path.join(outDir, "ink-min.js");
  // build.mjs builds dist/ only when run as a script; imported, it hands over its build.
  const script = pathToFileURL(path.join(ROOT, "scripts", "build.mjs")).href;
  const { bundleInto } = (await import(script)) as { bundleInto: BundleInto };
  await bundleInto({ "ink-min": fileURLToPath(new URL("./ink-min.tsx", import.meta.url)) }, outDir);
  return outfile;
}
