// Everything the lab needs beyond its first frame: App, every lesson's logic, the exercises and
// (through them) the engine. start-lab.tsx imports this dynamically, so the build makes it a chunk.
export { App } from "./App.tsx";
export { exercises } from "../../lessons/exercises.ts";
export { lessons } from "../../lessons/index.ts";
