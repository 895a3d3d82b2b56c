// The catalog (what the lab's first frame shows) must say what the lessons themselves say.
import { describe, expect, it } from "vitest";
import { catalog } from "../../lessons/catalog.ts";
import { exercises } from "../../lessons/exercises.ts";
import { lessons } from "../../lessons/index.ts";

describe("lesson catalog", () => {
  it("lists every lesson in registry order with its id, number, title and summary", () => {
    expect(catalog.map((m) => m.id)).toEqual(lessons.map((l) => l.id));
    catalog.forEach((m, i) => {
      const l = lessons[i]!;
      expect({ id: m.id, number: m.number, title: m.title, summary: m.summary }).toEqual({ id: l.id, number: l.number, title: l.title, summary: l.summary });
    });
  });

  it("names each lesson's exercises, in order, as lessons/exercises.ts has them", () => {
    for (const m of catalog) expect(m.exercises).toEqual(exercises.filter((e) => e.lesson === m.id).map((e) => e.id));
    expect(catalog.flatMap((m) => m.exercises)).toEqual(exercises.map((e) => e.id));
  });
});
