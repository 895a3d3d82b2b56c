// `convlab completion`: yargs' own bash/zsh completion script (`convlab completion >> ~/.bashrc`).
// yargs answers the script's `--get-yargs-completions` requests itself while parsing.
import type { CliCommand } from "./command.ts";

export const completion: CliCommand = {
  name: "completion",
  describe: (ctx) => ctx.msg.cmdCompletion,
  run(_argv, _ctx, root) {
    root.showCompletionScript();
    return 0;
  },
};
