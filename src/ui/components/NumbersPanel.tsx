// The numbers of a step, drawn as the planner laid them out (src/draw/plan.ts): matrix bands
// (a gradient step with its update equations beneath), pictures, equations, scalars,
// sparklines, and a plot on a page of its own when it has no room beside them. When they cannot all fit, one page is shown with a mark saying how to see the rest.
import { Box, Text } from "ink";
import type { Lang } from "../../i18n.ts";
import { GROUP_GAP, type LessonPlan, type NumbersBlock } from "../../draw/plan.ts";
import { uiStrings } from "../strings.ts";
import { useTheme } from "../theme.ts";
import { EquationLine } from "./EquationLine.tsx";
import { MatrixBand } from "./MatrixBand.tsx";
import { PictureView } from "./PictureView.tsx";
import { PlotView } from "./PlotView.tsx";
import { ScalarsLine } from "./ScalarsLine.tsx";
import { Sparkline } from "./Sparkline.tsx";

function Block({ block, width, lang }: { block: NumbersBlock; width: number; lang: Lang }) {
  switch (block.kind) {
    case "matrices":
      return <MatrixBand matrices={block.matrices} separators={block.separators} gaps={block.gaps} packedFrom={block.packedFrom} />;
    case "pictures":
      // a small band (the kernel) may stand beside the pictures, as the planner decided
      return (
        <Box flexDirection="row" columnGap={GROUP_GAP} flexShrink={0}>
          <PictureView pictures={block.pictures} layout={block.layout} />
          {block.beside && <MatrixBand matrices={block.beside} separators={false} />}
        </Box>
      );
    case "equation":
      return <EquationLine rows={block.rows} />;
    case "scalars":
      return <ScalarsLine rows={block.rows} />;
    case "series":
      return <Sparkline series={block.series} width={width} lang={lang} inline={block.inline} spark={block.spark} labelWidth={block.labelWidth} />;
    case "plot":
      return <PlotView plot={block.plot} width={width} height={block.height} />;
    case "legend":
      return <Legend lines={block.lines} />;
  }
}

export function NumbersPanel({ numbers, width, lang }: { numbers: LessonPlan["numbers"]; width: number; lang: Lang }) {
  const theme = useTheme();
  const page = numbers.pages[numbers.page] ?? [];
  return (
    <Box flexDirection="column" width={width} flexShrink={0}>
      {page.map((block, i) => (
        <Box key={i} marginTop={i > 0 && block.gapBefore ? 1 : 0} flexShrink={0}>
          <Block block={block} width={width} lang={lang} />
        </Box>
      ))}
      {numbers.pages.length > 1 && (
        <Text color={theme.text.accent} wrap="truncate-end">
          {uiStrings(lang).morePages(numbers.page + 1, numbers.pages.length)}
        </Text>
      )}
    </Box>
  );
}

function Legend({ lines }: { lines: readonly string[] }) {
  const theme = useTheme();
  return (
    <Box flexDirection="column">
      {lines.map((line, i) => (
        <Text key={i} color={theme.text.secondary} wrap="truncate-end">
          {line}
        </Text>
      ))}
    </Box>
  );
}
