// Semantic colour tokens: components ask for a meaning ("matrix.window"), never a colour.
// The one place literal colour names live. `plainTheme` drops every colour (NO_COLOR):
// then only the non-colour cues (brackets, bold, marks) carry the highlights.
import { createContext, useContext } from "react";
import { greyByte } from "../draw/picture.ts";

/** An Ink colour name, or undefined for the terminal's default. */
type Colour = string | undefined;

export interface Theme {
  text: { primary: Colour; secondary: Colour; accent: Colour; heading: Colour };
  status: { error: Colour; success: Colour; warning: Colour; info: Colour };
  matrix: { title: Colour; window: Colour; current: Colour; pending: Colour; nonFinite: Colour; heat: readonly Colour[] };
  equation: { input: Colour; kernel: Colour; op: Colour; result: Colour; text: Colour };
  code: { current: Colour; other: Colour; lineNumber: Colour };
  spark: { line: Colour; nonFinite: Colour };
  /** Plots (src/draw/plot.ts): contour lines, the path and its points, marked points, axes. */
  plot: { contour: Colour; path: Colour; point: Colour; current: Colour; mark: Colour; axis: Colour };
  ui: { border: Colour; selected: Colour; key: Colour; done: Colour };
  /**
   * Pictures: the colour of a grey level (0 black … 1 white). Without it (NO_COLOR) pictures
   * are drawn with shade characters instead of coloured half blocks.
   */
  picture: { grey: ((level: number) => string) | undefined };
}

/** A grey level as a 24-bit hex colour; Ink (chalk) brings it down to 256 or 16 colours as the terminal needs. */
const hexGrey = (level: number): string => `#${greyByte(level).toString(16).padStart(2, "0").repeat(3)}`;

export const darkTheme: Theme = {
  text: { primary: undefined, secondary: "gray", accent: "cyan", heading: "cyanBright" },
  status: { error: "red", success: "green", warning: "yellow", info: "blue" },
  matrix: {
    title: "cyan",
    window: "yellow",
    current: "magentaBright",
    pending: "gray",
    nonFinite: "red",
    heat: ["blue", "cyan", undefined, "yellow", "red"],
  },
  equation: { input: "yellow", kernel: "cyan", op: "gray", result: "magentaBright", text: undefined },
  code: { current: "yellow", other: "gray", lineNumber: "gray" },
  spark: { line: "green", nonFinite: "red" },
  plot: { contour: "blue", path: "yellow", point: "yellow", current: "magentaBright", mark: "green", axis: "gray" },
  ui: { border: "gray", selected: "cyan", key: "cyan", done: "green" },
  picture: { grey: hexGrey },
};

export const plainTheme: Theme = {
  text: { primary: undefined, secondary: undefined, accent: undefined, heading: undefined },
  status: { error: undefined, success: undefined, warning: undefined, info: undefined },
  matrix: { title: undefined, window: undefined, current: undefined, pending: undefined, nonFinite: undefined, heat: [] },
  equation: { input: undefined, kernel: undefined, op: undefined, result: undefined, text: undefined },
  code: { current: undefined, other: undefined, lineNumber: undefined },
  spark: { line: undefined, nonFinite: undefined },
  plot: { contour: undefined, path: undefined, point: undefined, current: undefined, mark: undefined, axis: undefined },
  ui: { border: undefined, selected: undefined, key: undefined, done: undefined },
  picture: { grey: undefined },
};

/** NO_COLOR (any non-empty value, per no-color.org) turns colour off. */
export function themeFor(env: NodeJS.ProcessEnv = process.env): Theme {
  return env.NO_COLOR ? plainTheme : darkTheme;
}

export const ThemeContext = createContext<Theme>(darkTheme);
export const useTheme = (): Theme => useContext(ThemeContext);
