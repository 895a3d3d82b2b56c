// Every text the lab itself shows (lesson texts live with the lessons). One file per
// language, both typed by UiStrings, so a missing text fails the type check.
import type { Lang } from "../i18n.ts";
import type { Scope } from "./keys.ts";
import { en } from "./strings.en.ts";
import { zh } from "./strings.zh.ts";

export interface UiStrings {
  appName: string;
  tagline: string;
  lessonsHeading: string;
  noLessons: string;
  progress: (done: number, total: number) => string;
  exercisesSolved: (done: number, total: number) => string;
  doneMark: string;
  lessonOf: (n: number, total: number) => string;
  stepOf: (k: number, total: number) => string;
  /** The header while playing: how long this step stays. */
  playing: (seconds: string) => string;
  paused: string;
  code: string;
  helpTitle: string;
  helpClose: string;
  scopes: Record<Scope, string>;
  editing: (matrix: string) => string;
  /** The rows of a tall matrix the editor shows (1-based, inclusive). */
  editorRows: (first: number, last: number, rows: number) => string;
  /** Other matrices whose drafts changed (applied with this one on Enter). */
  editorPending: (ids: string) => string;
  nothingToEdit: string;
  emptyEntry: string;
  notANumber: (text: string) => string;
  notFinite: (text: string) => string;
  /** Text longer than a cell takes (`length` characters), in one short line. */
  tooLong: (length: number) => string;
  /** A paste of `count` numbers with `room` cells left from the cursor. */
  tooManyNumbers: (count: number, room: number) => string;
  newSeed: (seed: number) => string;
  /** Play's speed as a multiple of reading speed. */
  speed: (times: string) => string;
  first: string;
  last: string;
  min: string;
  nonFiniteMarks: string;
  enlarge: (minCols: number, minRows: number, cols: number, rows: number) => string;
  crashed: (message: string) => string;
  language: string;
  exerciseOf: (k: number, n: number) => string;
  solved: string;
  hint: (n: number) => string;
  noExercises: string;
  exercisesFollow: (n: number) => string;
  /** The mark under a cut narrative, and above when scrolled to its end. */
  moreBelow: string;
  moreAbove: string;
  /** The mark under numbers split into pages. */
  morePages: (page: number, pages: number) => string;
  /** Under a verdict too tall for the screen: its computed parts a page at a time. */
  verdictPages: (page: number, pages: number) => string;
  /** The menu's line for the practice track (`convlab practice`). */
  practiceTrack: (done: number, total: number) => string;
  /** A lesson's last step: the practice exercises that write what it showed. */
  practiceFollows: (names: string) => string;
  /** Where `next` goes from a lesson's end: the next lesson ("4. Pooling"), the first not done, or the menu. */
  nextLesson: (label: string) => string;
  nextUnfinished: (label: string) => string;
  nextMenu: string;
  /** The legend of the matrix marks: [ ] the sliding window, < > the output cell it gives. */
  /** The code panel's title when it shows only some lines: "lines 4–9 of 9". */
  codeLinesShown: (from: number, to: number, of: number) => string;
  legendWindow: string;
  legendCurrent: string;
}

const tables: Record<Lang, UiStrings> = { en, zh };

export function uiStrings(lang: Lang): UiStrings {
  return tables[lang];
}
