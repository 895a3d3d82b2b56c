// What the store has to say, as one line in each language. The store returns structured
// warnings; the lab and the CLI print them with warningText in their language.
import type { Lang } from "../i18n.ts";
import { errorCode, type FileKind } from "./file.ts";
import { SCHEMA_VERSION, type SchemaProblem, type ShapeDetail } from "./schema.ts";
import type { ProgressCount } from "./progress.ts";

/** Why a progress file could not be used. */
export type FileProblem =
  | SchemaProblem
  | { kind: "json" }
  | { kind: "too-large"; maxBytes: number }
  /** Could not be read (permissions, a hung mount…): left where it is, never saved over. */
  | { kind: "unreadable"; error: ErrorInfo }
  /** A FIFO, a device, a directory: left where it is, never saved over. */
  | { kind: "not-regular"; what: FileKind };

/** A file-system error, kept as data so it can be told in either language later. */
export interface ErrorInfo {
  code?: string;
  message: string;
  /** The path the failing call was given, and the call ("mkdir"…), when the error says. */
  path?: string;
  syscall?: string;
}

export function errorInfo(error: unknown): ErrorInfo {
  const code = errorCode(error);
  const message = String((error as Error)?.message ?? error).split("\n")[0] || "unknown error";
  const { path, syscall } = (error ?? {}) as { path?: unknown; syscall?: unknown };
  return {
    ...(code ? { code } : {}),
    message,
    ...(typeof path === "string" ? { path } : {}),
    ...(typeof syscall === "string" ? { syscall } : {}),
  };
}

export type StoreWarning =
  /** A bad file was renamed and convlab started afresh. */
  | { kind: "moved-aside"; path: string; movedTo: string; problem: FileProblem }
  /** A bad file could not be renamed: it is left alone, so nothing is saved over it this session. */
  | { kind: "kept-aside"; path: string; problem: FileProblem; error: ErrorInfo }
  /** The file could not be read, or is not a regular file: left alone and not saved over this session. */
  | { kind: "not-read"; path: string; problem: FileProblem }
  /** A save failed (read-only directory, full disk…); said once per session. */
  | { kind: "not-saved"; path: string; error: ErrorInfo }
  /** Another convlab held the lock too long; the change is kept and saved with the next one. Said once per session. */
  | { kind: "busy"; path: string };

const codeWords: Record<string, Record<Lang, string>> = {
  EACCES: { en: "permission denied", zh: "没有权限" },
  EPERM: { en: "not permitted", zh: "操作不被允许" },
  EROFS: { en: "read-only file system", zh: "只读文件系统" },
  ENOSPC: { en: "disk full", zh: "磁盘已满" },
  EDQUOT: { en: "disk quota exceeded", zh: "超出磁盘配额" },
  ENOTDIR: { en: "part of the path is a file, not a directory", zh: "路径中有一段是文件而不是目录" },
  EISDIR: { en: "it is a directory", zh: "它是一个目录" },
  EIO: { en: "input/output error", zh: "输入/输出错误" },
  ETIMEDOUT: { en: "no answer in time (a hung disk or network mount?)", zh: "没有及时响应（磁盘或网络挂载卡住了？）" },
  ELOOP: { en: "too many symbolic links", zh: "符号链接层数过多" },
};

const kindWords: Record<FileKind, Record<Lang, string>> = {
  directory: { en: "a directory", zh: "目录" },
  fifo: { en: "a named pipe (FIFO)", zh: "命名管道（FIFO）" },
  device: { en: "a device", zh: "设备" },
  socket: { en: "a socket", zh: "套接字" },
  other: { en: "not a regular file", zh: "不是普通文件" },
};

/** "a named pipe (FIFO)": what a path that is not a regular file is. */
export const fileKindText = (what: FileKind, lang: Lang): string => kindWords[what][lang];

/** "EACCES: permission denied" — short, and in the user's language where we know the code. */
export function describeError(e: ErrorInfo, lang: Lang): string {
  // mkdir of the data folder meets a file of that name (CONVLAB_HOME pointing at a file)
  if (e.code === "EEXIST" && e.syscall === "mkdir" && e.path) {
    return lang === "zh" ? `EEXIST：${e.path} 是文件，不是目录` : `EEXIST: ${e.path} is a file, not a folder`;
  }
  if (e.code) return codeWords[e.code] ? `${e.code}${lang === "zh" ? "：" : ": "}${codeWords[e.code][lang]}` : e.code;
  return e.message;
}

function shapeText(d: ShapeDetail, lang: Lang): string {
  const zh = lang === "zh";
  switch (d.kind) {
    case "not-object":
      return zh ? "不是 JSON 对象" : "not a JSON object";
    case "no-version":
      return zh ? "没有 version 字段" : "no version";
    case "field-not-object":
      return zh ? `${d.field} 不是对象` : `${d.field} is not an object`;
    case "bad-entry": {
      const fields = d.field === "lessons" ? "{seen, done}" : "{seen, done, attempts}";
      return zh ? `${d.field}.${d.id} 不是 ${fields}` : `${d.field}.${d.id} is not ${fields}`;
    }
  }
}

/** A version number above ours: a newer convlab wrote the file (the learner may have downgraded). */
const isNewer = (version: unknown): boolean => typeof version === "number" && version > SCHEMA_VERSION;

function problemText(p: FileProblem, lang: Lang): string {
  switch (p.kind) {
    case "json":
      return lang === "zh" ? "已损坏（不是合法的 JSON，可能是写入被中断）" : "damaged (not valid JSON, perhaps a cut-short write)";
    case "shape":
      return lang === "zh" ? `不是 convlab 的进度文件（${shapeText(p.detail, lang)}）` : `not a convlab progress file (${shapeText(p.detail, lang)})`;
    case "version": {
      const v = JSON.stringify(p.version);
      if (isNewer(p.version)) {
        return lang === "zh"
          ? `由更新版本的 convlab 写入（格式版本 ${v}，本版本读取 ${SCHEMA_VERSION}；升级 convlab 后可再用它）`
          : `written by a newer convlab (format ${v}; this one reads ${SCHEMA_VERSION}; upgrade convlab to use it again)`;
      }
      return lang === "zh"
        ? `来自另一个版本的 convlab（格式版本 ${v}，本版本读取 ${SCHEMA_VERSION}）`
        : `from another convlab version (format ${v}; this one reads ${SCHEMA_VERSION})`;
    }
    case "too-large":
      return lang === "zh" ? `过大（超过 ${p.maxBytes} 字节，不可能是进度文件）` : `too large (over ${p.maxBytes} bytes; no progress file is that big)`;
    case "unreadable":
      return lang === "zh" ? `无法读取（${describeError(p.error, lang)}）` : `unreadable (${describeError(p.error, lang)})`;
    case "not-regular":
      return lang === "zh" ? `不是普通文件（是${fileKindText(p.what, lang)}）` : `not a regular file (it is ${fileKindText(p.what, lang)})`;
  }
}

/** One line, no trailing newline. */
export function warningText(w: StoreWarning, lang: Lang): string {
  if (lang === "zh") {
    switch (w.kind) {
      case "moved-aside":
        return `进度文件 ${w.path} ${problemText(w.problem, lang)}；已移到 ${w.movedTo}，从头开始。`;
      case "kept-aside":
        return `进度文件 ${w.path} ${problemText(w.problem, lang)}，且无法移走（${describeError(w.error, lang)}）；从头开始，本次进度不会保存。`;
      case "not-read":
        return `进度文件 ${w.path} ${problemText(w.problem, lang)}；convlab 不动它，照常运行，但本次进度不会保存。`;
      case "not-saved":
        return `无法保存进度到 ${w.path}（${describeError(w.error, lang)}）；convlab 照常运行，但退出后本次进度会丢失。`;
      case "busy":
        return `进度文件 ${w.path} 正被另一个 convlab 占用；convlab 照常运行，进度会在下次保存时一并写入。`;
    }
  }
  switch (w.kind) {
    case "moved-aside":
      return `Progress file ${w.path} was ${problemText(w.problem, lang)}; moved it to ${w.movedTo} and started afresh.`;
    case "kept-aside":
      return `Progress file ${w.path} is ${problemText(w.problem, lang)} and could not be moved aside (${describeError(w.error, lang)}); starting afresh, and progress will not be saved this session.`;
    case "not-read":
      // "cannot be read (EACCES: permission denied)", not "corrupt": nothing is wrong with the file itself
      return `Progress file ${w.path} ${w.problem.kind === "unreadable" ? `cannot be read (${describeError(w.problem.error, lang)})` : `is ${problemText(w.problem, lang)}`}; convlab leaves it alone and goes on, but will not save progress this session.`;
    case "not-saved":
      return `Progress cannot be saved to ${w.path} (${describeError(w.error, lang)}); convlab goes on, but this session's progress will be lost when it ends.`;
    case "busy":
      return `Progress file ${w.path} is in use by another convlab; convlab goes on and saves this with the next change.`;
  }
}

/**
 * One line for having done everything of a kind, from the counts (the lab's menu and
 * `convlab progress` both say it): "All 9 lessons done — all 15 exercises solved.", or either half.
 */
export function celebrationText(count: ProgressCount, lang: Lang): string | undefined {
  const lessons = count.lessonsTotal > 0 && count.lessonsDone >= count.lessonsTotal;
  const exercises = count.exercisesTotal > 0 && count.exercisesDone >= count.exercisesTotal;
  const [l, e] = [count.lessonsTotal, count.exercisesTotal];
  if (lang === "zh") {
    if (lessons && exercises) return `${l} 课全部学完，${e} 个练习全部解出！`;
    if (lessons) return `${l} 课全部学完！`;
    return exercises ? `${e} 个练习全部解出！` : undefined;
  }
  if (lessons && exercises) return `All ${l} lessons done — all ${e} exercises solved.`;
  if (lessons) return `All ${l} lessons done.`;
  return exercises ? `All ${e} exercises solved.` : undefined;
}
