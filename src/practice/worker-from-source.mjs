// The worker when convlab runs from its TypeScript sources (tests): tsx loads worker.ts and the
// engine's sources. The bundle runs dist/practice-worker.js instead (checker.ts picks).
import { register } from "tsx/esm/api";

register();
await import("./worker.ts");
