// The numbers of a step: matrix groups (a group holding a gradient, e.g. dW, is drawn as a
// GradientUpdate with its update equations), the other equations, scalars, series as
// sparklines. (The outcome sits in the footer, where a short screen never cuts it.)
import { Box } from "ink";
import type { Equation, Frame, Lang, MatrixView } from "../../../lessons/frame.ts";
import { groupWidth, isGradientGroup, matrixGroups } from "../layout.ts";
import { EquationLine } from "./EquationLine.tsx";
import { GradientUpdate } from "./GradientUpdate.tsx";
import { MatrixRow } from "./MatrixRow.tsx";
import { ScalarsLine } from "./ScalarsLine.tsx";
import { Sparkline } from "./Sparkline.tsx";

/** A gradient is named d + the parameter (dW for W); its update equations are labelled W[…]. */
export function gradientOf(group: readonly MatrixView[]): string | undefined {
  if (!isGradientGroup(group)) return undefined;
  return group.find((m) => /^d[A-Z]/.test(m.id) && group.some((p) => p.id === m.id.slice(1)))?.id.slice(1);
}

const isUpdateOf = (param: string | undefined, e: Equation): boolean => !!param && !!e.label?.startsWith(`${param}[`);

export function NumbersPanel({ frame, width, lang }: { frame: Frame; width: number; lang: Lang }) {
  const groups = matrixGroups(frame);
  const params = groups.map(gradientOf);
  const used = new Set<Equation>();
  return (
    <Box flexDirection="column" width={width} flexShrink={0}>
      <Box flexDirection="column" rowGap={1}>
        {groups.map((group, i) => {
          const param = params[i];
          if (!param) return <MatrixRow key={group[0]!.id} matrices={group} />;
          const updates = frame.equations.filter((e) => isUpdateOf(param, e));
          updates.forEach((e) => used.add(e));
          return <GradientUpdate key={group[0]!.id} matrices={group} updates={updates} separators={groupWidth(group) <= width} />;
        })}
      </Box>
      {frame.equations
        .filter((e) => !used.has(e))
        .map((e, i) => (
          <EquationLine key={i} equation={e} />
        ))}
      <ScalarsLine scalars={frame.scalars} />
      {frame.series.map((s) => (
        <Sparkline key={s.id} series={s} width={width} lang={lang} />
      ))}
    </Box>
  );
}
