// Lessons as the CLI names them, and their OptionSpecs as CLI options: nothing here knows
// a particular lesson, so a new lesson needs no CLI change.
import type { Options } from "yargs";
import { findLesson } from "../../lessons/index.ts";
import type { Lesson, LessonOptions, OptionSpec } from "../../lessons/lesson.ts";
import type { CliContext } from "./context.ts";
import { clip, UsageError } from "./errors.ts";
import type { Messages } from "./messages.ts";

/** "cross-correlation (1), conv2d-layer (2), …" */
export function lessonIds(lessons: readonly Lesson[]): string {
  return lessons.map((l) => `${l.id} (${l.number})`).join(", ");
}

/** The lesson named by `value`, or a refusal naming the option, the value and the ids. */
export function requireLesson(ctx: CliContext, option: string, value: unknown, helpFor: string): Lesson {
  const lesson = typeof value === "string" || typeof value === "number" ? findLesson(String(value), ctx.lessons) : undefined;
  if (!lesson) throw new UsageError(ctx.msg.unknownLesson(option, clip(String(value)), lessonIds(ctx.lessons)), helpFor);
  return lesson;
}

/** What a spec allows, in words: "a finite positive number", "an integer, from 1 to 1000, default 10". */
export function allowedText(spec: OptionSpec, msg: Messages): string {
  const parts: string[] = [];
  switch (spec.type) {
    case "choice":
      parts.push(msg.specChoices((spec.choices ?? []).join(", ")));
      break;
    case "matrix":
      parts.push(msg.specMatrix);
      break;
    case "numbers":
      // With a default, "default …" below is the example; without, the one the lesson's refusal offers.
      parts.push(spec.default === undefined ? msg.specNumbersExample(numbersExample(spec)) : msg.specNumbers);
      break;
    case "integer":
      parts.push(msg.specInteger);
      break;
    case "number":
      parts.push(spec.positive ? msg.specPositive : msg.specNumber);
      break;
  }
  const { min, max } = spec;
  if (min !== undefined && max !== undefined) parts.push(msg.specRange(String(min), String(max)));
  else if (min !== undefined) parts.push(msg.specMin(String(min)));
  else if (max !== undefined) parts.push(msg.specMax(String(max)));
  if (spec.default !== undefined) parts.push(msg.specDefault(spec.default));
  return parts.join(msg.listSep);
}

/** A valid list for a `numbers` spec without a default, as lessons/kit/options.ts offers it: 1,2,… (count of them). */
function numbersExample(spec: OptionSpec): string {
  return Array.from({ length: spec.count ?? 2 }, (_, i) => i + 1).join(",");
}

/** A yargs option for a spec. Values stay strings (nargs 1 so "-1,2" is a value): the lesson validates. */
export function specOption(spec: OptionSpec, ctx: CliContext): Options {
  return {
    type: "string",
    nargs: 1,
    describe: ctx.msg.specLine(spec.describe[ctx.lang], allowedText(spec, ctx.msg)),
  };
}

/** The options given on the command line for this lesson; absent ones are left to the lesson's defaults. */
export function lessonOptions(argv: Record<string, unknown>, specs: readonly OptionSpec[]): LessonOptions {
  const options: LessonOptions = {};
  for (const spec of specs) if (argv[spec.name] !== undefined) options[spec.name] = argv[spec.name];
  return options;
}
