import { afterEach, expect, test } from "vitest";
import type { MatrixView as MatrixData } from "../../../lessons/frame.ts";
import { MatrixView } from "../../../src/ui/components/MatrixView.tsx";
import { ThemeContext, darkTheme, plainTheme } from "../../../src/ui/theme.ts";
import { cleanupRendered, renderTerminal } from "../../helpers/render.tsx";

afterEach(cleanupRendered);

const X: MatrixData = {
  id: "X",
  title: "X",
  values: [
    [0, 1, 2],
    [3, 4.5, 5],
    [6, 7, -8],
  ],
  window: [
    [0, 0],
    [0, 1],
    [1, 0],
    [1, 1],
  ],
  current: [[2, 2]],
};

test("a matrix with a window and a current cell reads without colour (NO_COLOR theme)", () => {
  const r = renderTerminal(
    <ThemeContext.Provider value={plainTheme}>
      <MatrixView matrix={X} />
    </ThemeContext.Provider>,
  );
  // No colour escape codes at all: the highlight is carried by brackets and bold alone.
  expect(r.rawFrame()).not.toMatch(/\u001B\[(3\d|9\d|4\d)m/);
  expect(r.rawFrame()).toContain("\u001B[1m");
  expect(r.frame()).toMatchSnapshot();
});

test("with colour, highlighted cells are coloured and bold as well as bracketed", () => {
  const r = renderTerminal(
    <ThemeContext.Provider value={darkTheme}>
      <MatrixView matrix={X} />
    </ThemeContext.Provider>,
  );
  expect(r.rawFrame()).toMatch(/\u001B\[1m\u001B\[33m\[ ?0\]/);
  expect(r.frame()).toContain("X 3×3");
});

test("heat shading colours plain cells by value", () => {
  const r = renderTerminal(<MatrixView matrix={{ id: "E", title: "edges", values: [[-1, 0, 1]], heat: true }} />);
  expect(r.rawFrame()).toMatch(/\u001B\[34m/); // lowest value: the cold end of the scale
  expect(r.rawFrame()).toMatch(/\u001B\[31m/); // highest value: the hot end
});
