import { count } from "../../src/i18n.ts";

// English wording of the one value checker (values.ts): what is wrong with a number, a list of
// numbers or a matrix, each sentence naming the value. values.zh.ts has the same keys.
export const en = {
  notNumber: (p: { field: string; got: string }) => `${p.field} must be a number, not ${p.got}.`,
  notFinite: (p: { field: string; got: string }) => `${p.field} must be a finite number, not ${p.got}.`,
  notInteger: (p: { field: string; got: string }) => `${p.field} must be a whole number, not ${p.got}.`,
  notPositive: (p: { field: string; got: string }) => `${p.field} must be greater than 0, not ${p.got}.`,
  outOfRange: (p: { field: string; got: string; min: string; max: string }) =>
    `${p.field} must be from ${p.min} to ${p.max}, not ${p.got}.`,
  atMost: (p: { field: string; got: string; max: string }) => `${p.field} must be at most ${p.max}, not ${p.got}.`,
  atLeast: (p: { field: string; got: string; min: string }) => `${p.field} must be at least ${p.min}, not ${p.got}.`,
  tooLarge: (p: { field: string; got: string; limit: string }) =>
    `${p.field}: keep numbers between −${p.limit} and ${p.limit} (${p.got} is not).`,
  notVector: (p: { field: string; n: string; example: string }) => `${p.field} must be a list of ${p.n}, e.g. ${p.example}.`,
  count: (p: { n: number }) => count(p.n, "number"),
  countRange: (p: { min: number; max: number }) => `${p.min} to ${p.max} numbers`,
  someNumbers: "numbers",
  wrongLength: (p: { field: string; n: string; got: number }) => `${p.field} must have ${p.n}, not ${p.got}.`,
  notJson: (p: { field: string; example: string }) => `${p.field} is not JSON; write a matrix like ${p.example}.`,
  tooDeep: (p: { field: string; depth: number; example: string }) =>
    `${p.field} is nested more than ${p.depth} deep; a matrix is a list of rows, like ${p.example}.`,
  notMatrix: (p: { field: string; example: string }) => `${p.field} must be a matrix: a list of rows of numbers, e.g. ${p.example}.`,
  emptyMatrix: (p: { field: string }) => `${p.field} is empty; give at least one number.`,
  ragged: (p: { field: string; row: number; got: number; want: number }) =>
    `${p.field}: every row must have the same length (row 1 has ${count(p.want, "number")}, row ${p.row} has ${p.got}).`,
  tooBig: (p: { field: string; shape: string; max: string }) => `${p.field} is ${p.shape}; at most ${p.max} here.`,
  kernelTooLarge: (p: { k: string; x: string }) => `kernel ${p.k} does not fit in input ${p.x}`,
  notChoice: (p: { field: string; got: string; choices: string }) => `${p.field} must be one of ${p.choices}, not ${p.got}.`,
  entry: (p: { field: string; where: string }) => `${p.field} ${p.where}`,
  where: (p: { row: number; col: number }) => `(row ${p.row}, column ${p.col})`,
  whereItem: (p: { index: number }) => `(number ${p.index})`,
  listSep: ", ",
};

export type ValuesText = typeof en;
