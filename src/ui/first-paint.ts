// The menu painted straight to the terminal before Ink has loaded, the way a server-rendered
// page is shown before its scripts run. Loading Ink and React and rendering a cold menu takes
// about 200 ms here; these lines need only the catalog, the key map and the text tools Ink itself
// uses (string-width, wrap-ansi, cli-truncate, slice-ansi, chalk), called as Ink calls them, so
// they are FirstMenu's frame, character for character and style for style
// (test/ui/first-paint.test.ts compares them). start-lab.tsx then moves the cursor back up and
// Ink draws the same frame over these lines: nothing on screen changes, the keys start working.
import chalk from "chalk";
import cliTruncate from "cli-truncate";
import sliceAnsi from "slice-ansi";
import stringWidth from "string-width";
import wrapAnsi from "wrap-ansi";
import { catalog as allLessons, type LessonMeta } from "../../lessons/catalog.ts";
import type { Lang } from "../../lessons/frame.ts";
import { openStore } from "../store/index.ts";
import { warmUpStringWidth } from "../draw/text.ts";
import { fittingItems, SEPARATOR } from "./key-bar.ts";
import { isCompactList, isTooSmall, lessonWindow, menuListLines, terminalSize, type Size } from "./layout.ts";
import { exerciseCount, progressLine, type LabProgress } from "./progress.ts";
import { FRESH_LINE, type Painted } from "./painted.ts";
import { progressFromStore } from "./store-progress.ts";
import { uiStrings } from "./strings.ts";
import { themeFor, type Theme } from "./theme.ts";

export interface MenuPaint {
  catalog: readonly LessonMeta[];
  lang: Lang;
  theme: Theme;
  progress?: LabProgress;
  size: Size;
}

/**
 * As Ink's Text styles its text (colorize, then bold), so the escape codes are the same. Colours
 * are chalk's names or #hex, all the theme uses (Ink's rgb(…) and ansi256(…) forms are not).
 */
function styled(text: string, colour: string | undefined, bold = false): string {
  let out = text;
  if (colour?.startsWith("#")) out = chalk.hex(colour)(out);
  else if (colour && colour in chalk) out = (chalk as unknown as Record<string, (s: string) => string>)[colour]!(out);
  return bold ? chalk.bold(out) : out;
}

/** Ink's wrap="truncate-end" on a line wider than `width`. */
const truncated = (line: string, width: number): string => (stringWidth(line) > width ? cliTruncate(line, width, { position: "end" }) : line);

/**
 * FirstMenu's frame as lines with ANSI styles, or undefined where FirstMenu draws something this
 * does not paint: a terminal below the minimum size, a progress warning, no lessons.
 */
export function paintMenu({ catalog, lang, theme, progress, size }: MenuPaint): string[] | undefined {
  const { columns, rows } = size;
  if (isTooSmall(size) || progress?.warning || catalog.length === 0) return undefined;
  const t = uiStrings(lang);
  const done = progress?.done ?? [];
  const exercises = exerciseCount(catalog, progress);

  // Header: convlab · tagline on the left, the counts on the right, two columns apart at least.
  const right = progressLine(lang, catalog.map((l) => l.id), done, exercises);
  const left = truncated(styled("convlab", theme.text.accent, true) + styled(" · ", theme.text.secondary) + styled(t.tagline, undefined, true), columns - 2 - stringWidth(right));
  const header = left + " ".repeat(columns - stringWidth(left) - stringWidth(right)) + styled(right, theme.text.secondary);

  // The list, as LessonList lays it out (selected: the first lesson, as App starts).
  const listLines = menuListLines(rows, 0);
  const compact = isCompactList(catalog.length, listLines);
  const [start, end] = lessonWindow(catalog.length, 0, listLines, compact);
  const list: string[] = [];
  if (start > 0) list.push(styled(`  ↑ ${start}`, theme.text.secondary));
  catalog.slice(start, end).forEach((lesson, k) => {
    const selected = start + k === 0;
    const mark = done.includes(lesson.id) ? styled(` ${t.doneMark}`, theme.ui.done) : "";
    list.push(truncated(styled(`${selected ? "› " : "  "}${lesson.number}. ${lesson.title[lang]}`, selected ? theme.ui.selected : undefined, selected) + mark, columns));
    const summary = styled(lesson.summary[lang], theme.text.secondary);
    const summaryLines = compact ? [truncated(summary, columns - 5)] : wrapAnsi(summary, columns - 5, { trim: false, hard: true }).split("\n");
    list.push(...summaryLines.map((line) => `     ${line}`));
    if (!compact) list.push("");
  });
  if (end < catalog.length) list.push(styled(`  ↓ ${catalog.length - end}`, theme.text.secondary));

  const bar = fittingItems("menu", lang, columns)
    .map((item, i) => (i > 0 ? SEPARATOR : "") + styled(item.keys, theme.ui.key, true) + styled(` ${item.text}`, theme.text.secondary))
    .join("");
  const top = [header, "", styled(t.lessonsHeading, theme.text.heading, true), ...list];
  // The live area is rows-1 lines, the key bar its last, and clipped to the terminal's width as
  // LabShell clips it (cli-truncate can leave a line one column too wide at a wide character).
  if (top.length > rows - 2) return undefined;
  return [...top, ...Array<string>(rows - 2 - top.length).fill(""), truncated(bar, columns)].map((line) => (stringWidth(line) > columns ? sliceAnsi(line, 0, columns) : line));
}

/**
 * Paints the menu on the real terminal, with the user's progress (returned, so the lab shows
 * the same), or paints nothing where paintMenu declines. CI must already be gone from the
 * environment: chalk decides its colours when it loads, as Ink's does.
 */
export function paintFirstMenu(lang: Lang): { progress: LabProgress; painted?: Painted } {
  // Raw mode now, as Ink's will be: a key pressed before Ink has loaded waits for it, rather
  // than being echoed into the frame (a newline would shift everything Ink then draws).
  process.stdin.setRawMode(true);
  warmUpStringWidth();
  const progress = progressFromStore(openStore());
  const size = terminalSize(process.stdout);
  const lines = paintMenu({ catalog: allLessons, lang, theme: themeFor(), progress, size });
  if (!lines) return { progress };
  process.stdout.write(`${FRESH_LINE}${lines.map((l) => l.trimEnd()).join("\n")}\n`);
  return { progress, painted: { lines: lines.length, ...size } };
}
