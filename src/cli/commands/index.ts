// Every command convlab has: adding one is a file in this folder and a line here.
import { check } from "./check.ts";
import type { CliCommand } from "./command.ts";
import { completion } from "./completion.ts";
import { corr2d } from "./corr2d.ts";
import { image } from "./image.ts";
import { lab } from "./lab.ts";
import { list } from "./list.ts";
import { practice } from "./practice.ts";
import { progress } from "./progress.ts";
import { run } from "./run.ts";

export const commands: readonly CliCommand[] = [lab, list, run, corr2d, image, check, progress, practice, completion];
