// English texts shared by every exercise: what is wrong with the form of an answer.
// exercise.zh.ts has the same keys (its type is this one's).
export const en = {
  expectObject: (p: { fields: string; example: string }) =>
    `This answer has several parts (${p.fields}): give a JSON object like ${p.example}.`,
  missing: (p: { field: string; example: string }) => `The answer has no ${p.field}; e.g. ${p.example}.`,
  unknown: (p: { field: string; fields: string }) => `"${p.field}" is not part of this answer; its parts are ${p.fields}.`,
  notMatrix: (p: { field: string; example: string }) =>
    `${p.field} must be a matrix: a list of rows of numbers, e.g. ${p.example}.`,
  emptyMatrix: (p: { field: string }) => `${p.field} is empty; give at least one number.`,
  ragged: (p: { field: string; row: number; got: number; want: number }) =>
    `${p.field}: every row must have the same length (row 1 has ${p.want} numbers, row ${p.row} has ${p.got}).`,
  tooBig: (p: { field: string; shape: string; max: string }) => `${p.field} is ${p.shape}; at most ${p.max} here.`,
  notNumber: (p: { field: string; got: string }) => `${p.field} must be a number, not ${p.got}.`,
  notVector: (p: { field: string; n: number; example: string }) =>
    `${p.field} must be a list of ${p.n} numbers, e.g. ${p.example}.`,
  entry: (p: { field: string; where: string }) => `${p.field} ${p.where}`,
  where: (p: { row: number; col: number }) => `(row ${p.row}, column ${p.col})`,
  whereItem: (p: { index: number }) => `(number ${p.index})`,
  notFinite: (p: { field: string; got: string }) => `${p.field} must be a finite number, not ${p.got}.`,
  tooLarge: (p: { field: string; got: string; limit: string }) =>
    `${p.field}: keep numbers between −${p.limit} and ${p.limit} (${p.got} is not).`,
  notInteger: (p: { field: string; got: string }) => `${p.field} must be a whole number, not ${p.got}.`,
  notPositive: (p: { field: string; got: string }) => `${p.field} must be greater than 0, not ${p.got}.`,
  outOfRange: (p: { field: string; got: string; min: string; max: string }) =>
    `${p.field} must be from ${p.min} to ${p.max}, not ${p.got}.`,
  atMost: (p: { field: string; got: string; max: string }) => `${p.field} must be at most ${p.max}, not ${p.got}.`,
  atLeast: (p: { field: string; got: string; min: string }) => `${p.field} must be at least ${p.min}, not ${p.got}.`,
  internal: (p: { message: string }) =>
    `The check itself failed (${p.message}). This is a bug in convlab; please report it.`,
};

export type SharedText = typeof en;
