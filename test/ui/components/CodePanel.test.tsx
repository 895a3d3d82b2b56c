import { afterEach, expect, test } from "vitest";
import { CodePanel } from "../../../src/ui/components/CodePanel.tsx";
import { uiStrings } from "../../../src/ui/strings.ts";
import { cleanupRendered, renderTerminal } from "../../helpers/render.tsx";

afterEach(cleanupRendered);

const code = { lines: Array.from({ length: 12 }, (_, i) => `const v${i + 1} = ${i + 1};`), current: [8, 9] };
const draw = (maxLines: number, lang: "en" | "zh" = "en"): string =>
  renderTerminal(<CodePanel code={code} title={uiStrings(lang).code} maxLines={maxLines} width={40} linesShown={uiStrings(lang).codeLinesShown} />).frame();

test("a code panel shorter than the code keeps the current lines in view and says which lines it shows", () => {
  const cut = draw(4).split("\n");
  expect(cut[0]).toBe("Code · lines 8–11 of 12");
  expect(cut.slice(1).map((l) => l.trim())).toEqual(["8 const v8 = 8;", "▶  9 const v9 = 9;", "▶ 10 const v10 = 10;", "11 const v11 = 11;"]);
  expect(draw(4, "zh").split("\n")[0]).toBe("代码 · 第 8–11 行，共 12 行");
  // whole: the title alone
  expect(draw(12).split("\n")[0]).toBe("Code");
});
