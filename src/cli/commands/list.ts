// `convlab list [--json]`: number, id and title of every lesson.
import { table } from "../../draw/text.ts";
import type { CliCommand } from "./command.ts";
import { jsonLine } from "../../../lessons/format.ts";

export const list: CliCommand = {
  name: "list",
  describe: (ctx) => ctx.msg.cmdList,
  options: (ctx) => ({ json: { type: "boolean", describe: ctx.msg.optJsonList } }),
  run(argv, ctx) {
    const rows = ctx.lessons.map((l) => ({
      number: l.number,
      id: l.id,
      title: l.title[ctx.lang],
      summary: l.summary[ctx.lang],
    }));
    if (argv.json) {
      ctx.io.out(jsonLine(rows));
      return 0;
    }
    const lines = table([ctx.msg.listHeader, ...rows.map((r) => [String(r.number), r.id, r.title])]);
    ctx.io.out(lines.join("\n") + "\n");
    return 0;
  },
};
