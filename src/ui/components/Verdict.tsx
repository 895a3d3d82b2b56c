// The result of checking an answer: pass or fail with the reason, and what the engine
// computed while checking (matrices, a loss curve) so the learner sees why.
import { Box } from "ink";
import type { CheckResult } from "../../../lessons/exercises.ts";
import { seriesOf } from "../../../lessons/kit/exercise.ts";
import type { Lang } from "../../i18n.ts";
import { matrixRows } from "../../draw/plan.ts";
import { MatrixBand } from "./MatrixBand.tsx";
import { StatusLine, statusLines } from "./StatusLine.tsx";
import { Sparkline } from "./Sparkline.tsx";

const shownOf = (result: CheckResult, lang: Lang) => (result.shown ?? []).map((m) => ({ id: m.id, title: m.title[lang], values: m.values }));

/** Lines the verdict takes at `width` (its parts one blank line apart), for the planner. */
export function verdictHeight(result: CheckResult | undefined, lang: Lang, width: number): number {
  if (!result) return 0;
  const parts = [
    statusLines(result.reason[lang], width).length,
    ...matrixRows(shownOf(result, lang), width).map((band) => 1 + Math.max(0, ...band.map((m) => m.cells.length))),
    ...(result.series ?? []).map((s) => (s.summary || s.values.some((v) => !Number.isFinite(v)) ? 2 : 1)),
  ];
  return parts.reduce((a, b) => a + b, 0) + parts.length - 1;
}

export function Verdict({ result, lang, width }: { result?: CheckResult; lang: Lang; width: number }) {
  if (!result) return null;
  const shown = shownOf(result, lang);
  return (
    <Box flexDirection="column" rowGap={1}>
      <StatusLine kind={result.pass ? "success" : "error"} message={result.reason[lang]} width={width} />
      {matrixRows(shown, width).map((band, i) => (
        <MatrixBand key={i} matrices={band} separators={false} />
      ))}
      {(result.series ?? []).map((s) => (
        <Sparkline key={s.id} series={seriesOf(s, lang)} width={width} lang={lang} />
      ))}
    </Box>
  );
}
