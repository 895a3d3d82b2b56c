// The CLI as a function: arguments in, exit code out. Parse first (yargs, strict, never exits
// the process), then act; every refusal becomes one line on stderr and a pointer to --help.
import yargs, { type Argv, type Options } from "yargs";
import type { Lang } from "../i18n.ts";
import { OptionError, type Lesson } from "../../lessons/lesson.ts";
import { ShapeError } from "../engine/errors.ts";
import { detectLang, isLang } from "../locale.ts";
import type { LabOptions } from "../ui/start.tsx";
import type { CliArgs, CliCommand } from "./commands/command.ts";
import { commands } from "./commands/index.ts";
import type { CliContext, Io } from "./context.ts";
import { clip, EXIT, safeText, UsageError } from "./errors.ts";
import { MESSAGES, YARGS_LABELS } from "./messages.ts";

export interface CliDeps {
  io: Io;
  lessons: readonly Lesson[];
  env: NodeJS.ProcessEnv;
  version: string;
  openLab(options: LabOptions): Promise<number>;
}

/** The command being parsed: what to name in refusals, which options and subcommands it has. */
interface Scope {
  path: string;
  /** Option name → its description (says what is allowed). */
  options: Map<string, string>;
  /** Boolean options: given as --name, never --name=value. */
  flags: Set<string>;
  subcommands: string[];
}

type Action = () => Promise<number> | number;

export async function runCli(args: readonly string[], deps: CliDeps): Promise<number> {
  const requested = langArg(args);
  const lang: Lang = isLang(requested) ? requested : detectLang(deps.env);
  const msg = MESSAGES[lang];
  const ctx: CliContext = { lang, msg, io: deps.io, lessons: deps.lessons, env: deps.env, version: deps.version, openLab: deps.openLab };
  const globals: Record<string, Options> = { lang: { type: "string", nargs: 1, global: true, describe: msg.optLang } };
  const topLevel = commands.filter((c) => c.name !== "$0").map((c) => c.name);

  let scope: Scope = { path: "convlab", options: describeOptions(globals), flags: new Set(), subcommands: topLevel };
  let action: Action | undefined;
  let refusal: string | undefined;
  let thrown: unknown;

  const parser = yargs()
    .scriptName("convlab")
    .exitProcess(false)
    // yargs' locale files are not in the bundle: English keys, our own Chinese labels.
    .detectLocale(false)
    .locale("en")
    .updateLocale(YARGS_LABELS[lang])
    .strict()
    .usage(`$0 [command] [options]\n\n${msg.appDescription}`)
    .options(globals)
    .help()
    .version(deps.version)
    .wrap(Math.min(100, Math.max(40, deps.io.columns)))
    .fail((message, error) => {
      // yargs' own validation errors (YError) are refusals too, e.g. an option without its value.
      if (error && error.name !== "YError") thrown ??= error;
      else refusal ??= message ?? error?.message ?? "";
    });

  const register = (y: Argv, command: CliCommand, parent: string): void => {
    const path = command.name === "$0" ? "convlab" : `${parent} ${command.name}`;
    y.command({
      command: [command.args ? `${command.name} ${command.args}` : command.name, ...(command.aliases ?? [])],
      describe: command.describe(ctx),
      builder: (b: Argv) => {
        // yargs runs only the builders of the commands being parsed: the last one is the scope.
        const options = command.options?.(ctx) ?? {};
        const subs = command.subcommands?.(ctx) ?? [];
        scope = {
          path,
          options: new Map([...describeOptions(globals), ...describeOptions(options)]),
          flags: new Set(Object.keys(options).filter((name) => options[name]!.type === "boolean")),
          subcommands: command.name === "$0" ? topLevel : subs.map((s) => s.name),
        };
        for (const [name, p] of Object.entries(command.positionals?.(ctx) ?? {})) b.positional(name, p);
        b.options(options);
        for (const [example, description] of command.examples?.(ctx) ?? []) b.example(example, description);
        for (const sub of subs) register(b, sub, path);
        return b;
      },
      handler: (argv) => {
        action = () => (command.run ? command.run(argv as CliArgs, ctx, parser) : EXIT.ok);
      },
    });
  };
  for (const command of commands) register(parser, command, "convlab");

  // Help, --version and completion requests come back as `output` (yargs prints nothing itself).
  const outputs: string[] = [];
  let parsed: CliArgs | undefined;
  // yargs keeps options in plain objects: --constructor or --to-string would reach Object.prototype.
  // Such an option is refused; the rest is still parsed, to know the command it was given to.
  const unsafe = prototypeOption(args);
  try {
    parser.parse(args.filter((a) => a !== unsafe?.arg), {}, (_error, argv, output) => {
      parsed ??= argv as CliArgs;
      if (output) outputs.push(output);
    });
  } catch (error) {
    thrown ??= error;
  }

  const refuse = (message: string, hint = msg.tryHelp(scope.path)): number => {
    deps.io.err(`convlab: ${safeText(oneLine(message))}\n${safeText(hint)}\n`);
    return EXIT.usage;
  };
  const report = (error: unknown): number => {
    if (error instanceof UsageError) return refuse(error.message, error.hint ?? msg.tryHelp(error.helpFor ?? scope.path));
    if (error instanceof OptionError) {
      return refuse(msg.optionRefused(error.option, clip(JSON.stringify(error.value) ?? String(error.value)), error.allowedText?.[lang] ?? error.allowed));
    }
    if (error instanceof ShapeError) return refuse(msg.shapeRefused(error.message));
    deps.io.err(`convlab: ${safeText(oneLine(msg.unexpectedError(error instanceof Error ? error.message : String(error))))}\n`);
    return EXIT.unexpected;
  };

  if (unsafe) return refuse(msg.unknownOption(unsafe.flag, "", allowedOptions(scope)));
  if (thrown !== undefined) return report(thrown);
  if (refusal !== undefined) return refuse(wordRefusal(refusal, args, parsed, scope, ctx));
  const bad = parsed && checkParsed(parsed, args, scope, ctx);
  if (bad) return refuse(bad);
  if (outputs.length > 0) {
    // Completion requests list the default command as "$0": nothing a user can type.
    const lines = outputs.join("\n").split("\n").filter((line) => line !== "$0");
    deps.io.out(lines.join("\n") + "\n");
    return EXIT.ok;
  }
  if (!action) return EXIT.ok;
  try {
    return await action();
  } catch (error) {
    return report(error);
  }
}

/** The --lang value, read before parsing so help and refusals already speak it. */
function langArg(args: readonly string[]): string | undefined {
  let value: string | undefined;
  args.forEach((arg, i) => {
    if (arg === "--lang") value = args[i + 1];
    else if (arg.startsWith("--lang=")) value = arg.slice("--lang=".length);
  });
  return value;
}

/** What yargs refused, in our words: the option or word, the value, what is allowed. */
function wordRefusal(message: string, args: readonly string[], argv: CliArgs | undefined, scope: Scope, ctx: CliContext): string {
  const { msg } = ctx;
  const unknown = /^Unknown arguments?: (.+)$/.exec(message);
  if (unknown) {
    const name = unknown[1]!.split(", ")[0]!;
    if (argv?._.some((word) => String(word) === name)) {
      return scope.subcommands.length > 0
        ? msg.unknownCommand(clip(name), scope.subcommands.join(", "))
        : msg.unexpectedArgument(clip(name), scope.path);
    }
    const value = argv?.[name];
    const given = value === undefined || value === true ? "" : clip(JSON.stringify(value));
    const short = name.length === 1 && args.some((a) => a.startsWith(`-${name}`));
    return msg.unknownOption(short ? `-${name}` : flag(clip(name)), given, allowedOptions(scope));
  }
  const noValue = /^Not enough arguments following: (.+)$/.exec(message);
  if (noValue) return msg.missingValue(flag(noValue[1]!), scope.options.get(noValue[1]!) ?? "");
  return message;
}

/** "--lang, --json, --help, --version": the options the command being parsed takes. */
function allowedOptions(scope: Scope): string {
  return [...scope.options.keys(), "help", "version"].map(flag).join(", ");
}

const PROTOTYPE_NAMES = new Set(Object.getOwnPropertyNames(Object.prototype));

/** The first option (before `--`) whose name, or its camelCase (yargs makes both), is one of Object.prototype's. */
function prototypeOption(args: readonly string[]): { arg: string; flag: string } | undefined {
  const end = args.indexOf("--");
  for (const arg of end < 0 ? args : args.slice(0, end)) {
    const name = /^--(?:no-)?([^=]+)/.exec(arg)?.[1];
    if (name === undefined) continue;
    const camel = name.replace(/-+([^-])/g, (_, c: string) => c.toUpperCase());
    if (PROTOTYPE_NAMES.has(name) || PROTOTYPE_NAMES.has(camel)) return { arg, flag: clip(arg.split("=")[0]!) };
  }
  return undefined;
}

/** Refusals yargs does not make: a bad --lang, an option given twice, a value given to a flag, words after `--`. */
function checkParsed(argv: CliArgs, args: readonly string[], scope: Scope, ctx: CliContext): string | undefined {
  for (const name of scope.options.keys()) {
    const value = argv[name];
    if (Array.isArray(value)) return ctx.msg.repeatedOption(flag(name), clip(value.map((v) => JSON.stringify(v)).join(", ")));
  }
  // yargs reads `--json=5` as false and goes on: a flag takes no value (true/false are what it means anyway)
  const end = args.indexOf("--");
  for (const arg of end < 0 ? args : args.slice(0, end)) {
    const given = /^--([^=]+)=(.*)$/s.exec(arg);
    if (given && scope.flags.has(given[1]!) && given[2] !== "true" && given[2] !== "false") {
      return ctx.msg.flagValue(flag(given[1]!), clip(JSON.stringify(given[2])));
    }
  }
  if (argv.lang !== undefined && !isLang(argv.lang)) return ctx.msg.badLang(clip(String(argv.lang)));
  // After `--` yargs stops reading options and keeps the words aside, where no command looks:
  // refused, rather than silently ignored (`image -- photo.png` would show convlab's own picture).
  if (end >= 0 && end < args.length - 1) return ctx.msg.afterDashes(clip(args.slice(end + 1).join(" ")));
  return undefined;
}

function describeOptions(options: Record<string, Options>): Map<string, string> {
  return new Map(Object.entries(options).map(([name, o]) => [name, String(o.describe ?? "")]));
}

function flag(name: string): string {
  return `--${name}`;
}

function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, " ").trim();
}
