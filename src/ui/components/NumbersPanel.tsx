// The numbers of a step: matrix groups (a gradient group drawn as a GradientUpdate),
// equations, scalars, series as sparklines, and the outcome.
import { Box } from "ink";
import type { Frame, Lang } from "../../../lessons/frame.ts";
import { matrixGroups } from "../layout.ts";
import { EquationLine } from "./EquationLine.tsx";
import { GradientUpdate } from "./GradientUpdate.tsx";
import { MatrixRow } from "./MatrixRow.tsx";
import { OutcomeLine } from "./OutcomeLine.tsx";
import { ScalarsLine } from "./ScalarsLine.tsx";
import { Sparkline } from "./Sparkline.tsx";

export function NumbersPanel({ frame, width, lang }: { frame: Frame; width: number; lang: Lang }) {
  return (
    <Box flexDirection="column" width={width}>
      <Box flexDirection="column" rowGap={1}>
        {matrixGroups(frame).map((group) =>
          group[0]?.group === "grad" ? (
            <GradientUpdate key={group[0].id} matrices={group} updates={[]} />
          ) : (
            <MatrixRow key={group[0]!.id} matrices={group} />
          ),
        )}
      </Box>
      {frame.equations.map((e, i) => (
        <EquationLine key={i} equation={e} />
      ))}
      <ScalarsLine scalars={frame.scalars} />
      {frame.series.map((s) => (
        <Sparkline key={s.id} series={s} width={width} lang={lang} />
      ))}
      <OutcomeLine outcome={frame.outcome} />
    </Box>
  );
}
