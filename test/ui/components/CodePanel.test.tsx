import { afterEach, expect, test } from "vitest";
import { codeRows } from "../../../src/draw/code.ts";
import { CodePanel } from "../../../src/ui/components/CodePanel.tsx";
import { uiStrings } from "../../../src/ui/strings.ts";
import { cleanupRendered, renderTerminal } from "../../helpers/render.tsx";

afterEach(cleanupRendered);

const code = { lines: Array.from({ length: 12 }, (_, i) => `const v${i + 1} = ${i + 1};`), current: [8, 9] };
const draw = (maxLines: number, lang: "en" | "zh" = "en"): string =>
  renderTerminal(<CodePanel code={code} rows={codeRows(code, 40)} title={uiStrings(lang).code} maxLines={maxLines} width={40} linesShown={uiStrings(lang).codeLinesShown} />).frame();

test("a code panel shorter than the code keeps the current lines in view and says which lines it shows", () => {
  const cut = draw(4).split("\n");
  expect(cut[0]).toBe("Code · lines 8–11 of 12");
  expect(cut.slice(1).map((l) => l.trim())).toEqual(["8 const v8 = 8;", "▶  9 const v9 = 9;", "▶ 10 const v10 = 10;", "11 const v11 = 11;"]);
  expect(draw(4, "zh").split("\n")[0]).toBe("代码 · 第 8–11 行，共 12 行");
  // whole: the title alone
  expect(draw(12).split("\n")[0]).toBe("Code");
});

test("the window never starts inside a wrapped line: the line before the current one, whole, or the current one", async () => {
  const { codeRows, codeWindowStart } = await import("../../../src/draw/code.ts");
  const long = { lines: ["const a = 1;", "const b = nd.zeros([X.shape[0] - h + 1, X.shape[1] - w + 1]);", "for (let i = 0; i < n; i++) {", "  step(i);", "}"], current: [2, 3] };
  const rows = codeRows(long, 30);
  expect(rows.filter((r) => r.n === 1).length).toBeGreaterThan(1); // line 2 wraps at this width
  const start = codeWindowStart(rows, long.current, 4);
  expect(rows[start]!.first).toBe(true);
  expect(rows.slice(start, start + 4).some((r) => r.n === 2)).toBe(true);
  // room for the whole line before: it is shown as context
  expect(rows[codeWindowStart(rows, long.current, 5)]!.n).toBe(1);
});
