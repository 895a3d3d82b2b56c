// One CLI command, declared as data: yargs is built from these in cli.ts, so adding a
// command is one file in this folder and one line in commands/index.ts.
import type { Argv, Options, PositionalOptions } from "yargs";
import type { CliContext } from "../context.ts";

/** Parsed arguments as yargs gives them. */
export type CliArgs = Record<string, unknown> & { _: (string | number)[] };

export interface CliCommand {
  /** The word that names it ("run"), or "$0" for the default command. */
  name: string;
  aliases?: readonly string[];
  /** Positionals in yargs syntax, e.g. "[lesson]"; declared in `positionals`. */
  args?: string;
  describe(ctx: CliContext): string;
  positionals?(ctx: CliContext): Record<string, PositionalOptions>;
  options?(ctx: CliContext): Record<string, Options>;
  examples?(ctx: CliContext): [command: string, description: string][];
  /** Nested commands (e.g. one per lesson under `run`). */
  subcommands?(ctx: CliContext): readonly CliCommand[];
  /** Acts after parsing succeeded; returns the exit code. Throws UsageError to refuse. */
  run?(argv: CliArgs, ctx: CliContext, root: Argv): Promise<number> | number;
}
