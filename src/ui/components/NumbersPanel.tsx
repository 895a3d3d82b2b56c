// The numbers of a step: matrix groups (a group holding a gradient, e.g. dW, is drawn as a
// GradientUpdate with its update equations), the other equations, scalars, series as
// sparklines. (The outcome sits in the footer, where a short screen never cuts it.) Pictures
// (MatrixView.picture) are drawn together as one PictureView where the first of them stands,
// so input and output sit side by side even though they belong to different groups.
import { Box } from "ink";
import type { Equation, Frame, Lang, MatrixView } from "../../../lessons/frame.ts";
import { pictureBandHeight, pictureLayout, pictureSize } from "../../draw/picture.ts";
import { groupWidth, isGradientGroup, matrixGroups, numbersHeight } from "../layout.ts";
import { EquationLine } from "./EquationLine.tsx";
import { GradientUpdate } from "./GradientUpdate.tsx";
import { MatrixRow } from "./MatrixRow.tsx";
import { PictureView } from "./PictureView.tsx";
import { ScalarsLine } from "./ScalarsLine.tsx";
import { Sparkline } from "./Sparkline.tsx";

/** A gradient is named d + the parameter (dW for W); its update equations are labelled W[…]. */
export function gradientOf(group: readonly MatrixView[]): string | undefined {
  if (!isGradientGroup(group)) return undefined;
  return group.find((m) => /^d[A-Z]/.test(m.id) && group.some((p) => p.id === m.id.slice(1)))?.id.slice(1);
}

const isUpdateOf = (param: string | undefined, e: Equation): boolean => !!param && !!e.label?.startsWith(`${param}[`);

/** A matrix drawn as a picture: marked so by the lesson and with pixels to show (an empty one stays numbers). */
export const isPicture = (m: MatrixView): boolean => m.picture === true && pictureSize(m.values).width > 0;

/** Text rows a picture may take (48 pixel rows, as `convlab image` and `convlab run` show at most). */
export const PICTURE_LINES = 24;
/** Pictures get at least this many rows, even when the rest of the panel is cut. */
const MIN_PICTURE_LINES = 4;

/** The panel's parts: pictures take the rows the other numbers leave (at most PICTURE_LINES). */
function plan(frame: Frame, width: number, height: number | undefined) {
  const pictures = frame.matrices.filter(isPicture);
  const rest: Frame = { ...frame, matrices: frame.matrices.filter((m) => !isPicture(m)) };
  const restLines = numbersHeight(rest, width);
  const room = height === undefined ? PICTURE_LINES + 1 : height - restLines - (restLines > 0 ? 1 : 0);
  const maxLines = Math.min(Math.max(room, MIN_PICTURE_LINES), (PICTURE_LINES + 2) * pictures.length);
  return { pictures, rest, restLines, maxLines };
}

/** Rows the panel takes at this width within `height` (layout.ts's numbersHeight counts a picture's pixels as rows). */
export function numbersPanelHeight(frame: Frame, width: number, height?: number): number {
  const { pictures, restLines, maxLines } = plan(frame, width, height);
  if (pictures.length === 0) return restLines;
  const sizes = pictures.map((m) => pictureSize(m.values));
  const band = pictureBandHeight(sizes, pictureLayout(sizes, width, maxLines));
  return band + (restLines > 0 ? 1 + restLines : 0);
}

export function NumbersPanel({ frame, width, lang, height }: { frame: Frame; width: number; lang: Lang; height?: number }) {
  const { pictures, rest, maxLines } = plan(frame, width, height);
  const groups = matrixGroups(rest);
  const params = groups.map(gradientOf);
  const used = new Set<Equation>();
  const drawn = groups.map((group, i) => {
    const param = params[i];
    if (!param) return <MatrixRow key={group[0]!.id} matrices={group} />;
    const updates = frame.equations.filter((e) => isUpdateOf(param, e));
    updates.forEach((e) => used.add(e));
    return <GradientUpdate key={group[0]!.id} matrices={group} updates={updates} separators={groupWidth(group) <= width} />;
  });
  if (pictures.length > 0) {
    // the pictures go where the first of them stood among the groups
    const first = frame.matrices.indexOf(pictures[0]!);
    const at = groups.findIndex((g) => frame.matrices.indexOf(g[0]!) > first);
    drawn.splice(at < 0 ? drawn.length : at, 0, <PictureView key="pictures" pictures={pictures} width={width} maxLines={maxLines} />);
  }
  return (
    <Box flexDirection="column" width={width} flexShrink={0}>
      <Box flexDirection="column" rowGap={1}>
        {drawn}
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
