// English texts shared by every exercise: what is wrong with the form of an answer (what is
// wrong with a value in it is the value checker's: values.en.ts).
// exercise.zh.ts has the same keys (its type is this one's).
export const en = {
  expectObject: (p: { fields: string; example: string }) =>
    `This answer has several parts (${p.fields}): give a JSON object like ${p.example}.`,
  missing: (p: { field: string; example: string }) => `The answer has no ${p.field}; e.g. ${p.example}.`,
  unknown: (p: { field: string; fields: string }) => `"${p.field}" is not part of this answer; its parts are ${p.fields}.`,
  internal: (p: { message: string }) =>
    `The check itself failed (${p.message}). This is a bug in convlab; please report it.`,
};

export type SharedText = typeof en;
