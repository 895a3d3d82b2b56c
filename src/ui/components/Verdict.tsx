// The result of checking an answer: pass or fail with the reason, and what the engine
// computed while checking (matrices, a loss curve) so the learner sees why.
import { StatusMessage } from "@inkjs/ui";
import { Box } from "ink";
import type { CheckResult } from "../../../lessons/exercises.ts";
import type { Lang } from "../../../lessons/frame.ts";
import { MatrixRow } from "./MatrixRow.tsx";
import { Sparkline } from "./Sparkline.tsx";

export function Verdict({ result, lang, width }: { result?: CheckResult; lang: Lang; width: number }) {
  if (!result) return null;
  const shown = (result.shown ?? []).map((m) => ({ id: m.id, title: m.title[lang], values: m.values }));
  return (
    <Box flexDirection="column" rowGap={1}>
      <StatusMessage variant={result.pass ? "success" : "error"}>{result.reason[lang]}</StatusMessage>
      {shown.length > 0 && <MatrixRow matrices={shown} />}
      {(result.series ?? []).map((s) => (
        <Sparkline key={s.id} series={{ id: s.id, label: s.title[lang], values: s.values, log: s.log, summary: s.summary }} width={width} lang={lang} />
      ))}
    </Box>
  );
}
