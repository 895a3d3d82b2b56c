// The result of checking an answer: pass or fail with the reason, and what the engine
// computed while checking (matrices, a loss curve) so the learner sees why.
import { Box, Text } from "ink";
import type { ReactNode } from "react";
import type { CheckResult } from "../../../lessons/exercises.ts";
import { seriesOf } from "../../../lessons/kit/exercise.ts";
import type { Lang } from "../../i18n.ts";
import { blocksHeight, matrixRows, pageBlocks, type Stacked } from "../../draw/plan.ts";
import { MatrixBand } from "./MatrixBand.tsx";
import { StatusLine, statusLines } from "./StatusLine.tsx";
import { Sparkline } from "./Sparkline.tsx";
import { uiStrings } from "../strings.ts";
import { useTheme } from "../theme.ts";

const shownOf = (result: CheckResult, lang: Lang) => (result.shown ?? []).map((m) => ({ id: m.id, title: m.title[lang], values: m.values }));

/** The verdict's parts at `width`, one blank line apart: each band of matrices, each series. */
function verdictParts(result: CheckResult, lang: Lang, width: number): (Stacked & { node: ReactNode })[] {
  return [
    ...matrixRows(shownOf(result, lang), width).map((band, i) => ({
      height: 1 + Math.max(0, ...band.map((m) => m.cells.length)),
      gapBefore: true,
      node: <MatrixBand key={`m${i}`} matrices={band} separators={false} />,
    })),
    ...(result.series ?? []).map((s) => ({
      height: s.summary || s.values.some((v) => !Number.isFinite(v)) ? 2 : 1,
      gapBefore: true,
      node: <Sparkline key={s.id} series={seriesOf(s, lang)} width={width} lang={lang} />,
    })),
  ];
}

/** Lines the reason and the parts take, one blank line apart. */
const heightOf = (reasonLines: number, parts: readonly Stacked[]): number => reasonLines + (parts.length > 0 ? 1 + blocksHeight(parts) : 0);

/** Lines the verdict takes at `width`, for the planner. */
export function verdictHeight(result: CheckResult | undefined, lang: Lang, width: number): number {
  return result ? heightOf(statusLines(result.reason[lang], width).length, verdictParts(result, lang, width)) : 0;
}

/**
 * The reason, then what the engine computed. Taller than `room`, the reason stays and the rest
 * is shown a page at a time (the planner's pageBlocks; `page`, the learner's reading position,
 * wraps) behind a mark.
 */
export function Verdict({ result, lang, width, room = Infinity, page = 0 }: { result?: CheckResult; lang: Lang; width: number; room?: number; page?: number }) {
  const theme = useTheme();
  if (!result) return null;
  const reasonLines = statusLines(result.reason[lang], width).length;
  const reason = <StatusLine kind={result.pass ? "success" : "error"} message={result.reason[lang]} width={width} />;
  const parts = verdictParts(result, lang, width);
  if (heightOf(reasonLines, parts) <= room) {
    return (
      <Box flexDirection="column" rowGap={1}>
        {reason}
        {parts.map((p) => p.node)}
      </Box>
    );
  }
  // pages under the reason, each within what is left after it and a line for the mark
  const left = Math.max(1, room - reasonLines - 2);
  const pages = pageBlocks(parts, left);
  const at = ((page % pages.length) + pages.length) % pages.length;
  return (
    <Box flexDirection="column" rowGap={1}>
      {reason}
      <Box flexDirection="column" rowGap={1} height={left} overflow="hidden">
        {pages[at]!.map((p) => p.node)}
      </Box>
      <Text color={theme.text.secondary}>{uiStrings(lang).verdictPages(at + 1, pages.length)}</Text>
    </Box>
  );
}
