// `convlab list [--json]`: number, id and title of every lesson.
import stringWidth from "string-width";
import { padEnd } from "../render-text.ts";
import type { CliCommand } from "./command.ts";

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
      ctx.io.out(JSON.stringify(rows) + "\n");
      return 0;
    }
    const table = [ctx.msg.listHeader, ...rows.map((r) => [String(r.number), r.id, r.title])];
    const widths = [0, 1].map((j) => Math.max(...table.map((r) => stringWidth(r[j]!))));
    for (const row of table) ctx.io.out(`${padEnd(row[0]!, widths[0]!)}  ${padEnd(row[1]!, widths[1]!)}  ${row[2]}\n`);
    return 0;
  },
};
