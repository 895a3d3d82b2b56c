// The result of checking an answer: pass or fail with the reason, and what the engine
// computed while checking (matrices, a loss curve) so the learner sees why.
import { Box } from "ink";
import type { CheckResult } from "../../../lessons/exercises.ts";
import { seriesOf } from "../../../lessons/kit/exercise.ts";
import type { Lang } from "../../i18n.ts";
import { matrixRows } from "../../draw/plan.ts";
import { MatrixBand } from "./MatrixBand.tsx";
import { StatusLine } from "./StatusLine.tsx";
import { Sparkline } from "./Sparkline.tsx";

export function Verdict({ result, lang, width }: { result?: CheckResult; lang: Lang; width: number }) {
  if (!result) return null;
  const shown = (result.shown ?? []).map((m) => ({ id: m.id, title: m.title[lang], values: m.values }));
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
