// The result of checking an answer: pass or fail with the reason, and what the engine
// computed while checking (matrices, a loss curve) so the learner sees why.
import { Box, Text } from "ink";
import type { CheckResult } from "../../../lessons/exercises.ts";
import { seriesOf } from "../../../lessons/kit/exercise.ts";
import type { Lang } from "../../i18n.ts";
import { matrixRows } from "../../draw/plan.ts";
import { MatrixBand } from "./MatrixBand.tsx";
import { StatusLine, statusLines } from "./StatusLine.tsx";
import { Sparkline } from "./Sparkline.tsx";
import { uiStrings } from "../strings.ts";
import { useTheme } from "../theme.ts";

const shownOf = (result: CheckResult, lang: Lang) => (result.shown ?? []).map((m) => ({ id: m.id, title: m.title[lang], values: m.values }));

/** The verdict's parts at `width`: the reason, each band of matrices, each series, with their lines. */
function verdictParts(result: CheckResult, lang: Lang, width: number) {
  const shown = shownOf(result, lang);
  return [
    ...matrixRows(shown, width).map((band, i) => ({ height: 1 + Math.max(0, ...band.map((m) => m.cells.length)), node: <MatrixBand key={`m${i}`} matrices={band} separators={false} /> })),
    ...(result.series ?? []).map((s) => ({
      height: s.summary || s.values.some((v) => !Number.isFinite(v)) ? 2 : 1,
      node: <Sparkline key={s.id} series={seriesOf(s, lang)} width={width} lang={lang} />,
    })),
  ];
}

/** Lines the verdict takes at `width` (its parts one blank line apart), for the planner. */
export function verdictHeight(result: CheckResult | undefined, lang: Lang, width: number): number {
  if (!result) return 0;
  const parts = [statusLines(result.reason[lang], width).length, ...verdictParts(result, lang, width).map((p) => p.height)];
  return parts.reduce((a, b) => a + b, 0) + parts.length - 1;
}

/**
 * The reason, then what the engine computed. Taller than `room`, the reason stays and the rest
 * is shown a page at a time (`page`, the learner's reading position, wraps) behind a mark.
 */
export function Verdict({ result, lang, width, room = Infinity, page = 0 }: { result?: CheckResult; lang: Lang; width: number; room?: number; page?: number }) {
  const theme = useTheme();
  if (!result) return null;
  const reason = <StatusLine kind={result.pass ? "success" : "error"} message={result.reason[lang]} width={width} />;
  const parts = verdictParts(result, lang, width);
  if (verdictHeight(result, lang, width) <= room) {
    return (
      <Box flexDirection="column" rowGap={1}>
        {reason}
        {parts.map((p) => p.node)}
      </Box>
    );
  }
  // pages of parts under the reason, each within what is left and a line for the mark
  const left = Math.max(1, room - statusLines(result.reason[lang], width).length - 2);
  const pages: (typeof parts)[] = [];
  for (const part of parts) {
    const last = pages.at(-1);
    const height = last ? last.reduce((h, p) => h + p.height + 1, -1) + 1 + part.height : 0;
    if (last && height <= left) last.push(part);
    else pages.push([part]);
  }
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
