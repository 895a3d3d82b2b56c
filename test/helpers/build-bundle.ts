// CLI and terminal tests spawn the real binary, which runs the bundle: rebuild it once
// per test run so they never test stale code.
import { execFileSync } from "node:child_process";

export default function setup(): void {
  execFileSync(process.execPath, ["scripts/build.mjs"], { stdio: "inherit" });
}
