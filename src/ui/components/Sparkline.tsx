// A series as a sparkline with the lesson's first, last and smallest values; non-finite
// points keep their place and get their own marks (a divergence reads at a glance). On one
// line when the planner found room (src/draw/plan.ts seriesInline), else the numbers beneath.
import { Box, Text } from "ink";
import type { Series } from "../../../lessons/frame.ts";
import type { Lang } from "../../i18n.ts";
import { seriesStats } from "../../draw/plan.ts";
import { MARKS, sparkline } from "../../draw/sparkline.ts";
import { padEnd, textWidth } from "../../draw/text.ts";
import { uiStrings } from "../strings.ts";
import { useTheme } from "../theme.ts";

const isMark = (ch: string): boolean => ch === MARKS.nan || ch === MARKS.posInf || ch === MARKS.negInf;

/** The line as runs of bars and runs of marks: one Text each, not one per point. */
function runs(line: string): { text: string; mark: boolean }[] {
  const out: { text: string; mark: boolean }[] = [];
  for (const ch of line) {
    const mark = isMark(ch);
    const last = out.at(-1);
    if (last && last.mark === mark) last.text += ch;
    else out.push({ text: ch, mark });
  }
  return out;
}

/** `spark`: cells for the bars when the planner squeezed the line (else one per point inline). */
export function Sparkline({ series, width, lang, inline = false, spark, labelWidth = 0 }: { series: Series; width: number; lang: Lang; inline?: boolean; spark?: number; labelWidth?: number }) {
  const theme = useTheme();
  // resampled bars (squeezed, or on a line of their own) start after the panel's longest label,
  // so the same values draw the same bars; one cell per point needs no padding
  const label = `${inline && spark === undefined ? series.label : padEnd(series.label, labelWidth)} `;
  const stats = seriesStats(series, uiStrings(lang));
  const room = inline ? Math.min(series.values.length, spark ?? Infinity) : Math.max(4, width - textWidth(label));
  const line = (
    <Text>
      <Text bold>{label}</Text>
      {runs(sparkline(series.values, room, { log: series.log, signed: series.signed })).map((run, i) => (
        <Text key={i} color={run.mark ? theme.spark.nonFinite : theme.spark.line} bold={run.mark}>
          {run.text}
        </Text>
      ))}
      {inline && stats && <Text color={theme.text.secondary}>{`  ${stats}`}</Text>}
    </Text>
  );
  if (inline || !stats) return line;
  return (
    <Box flexDirection="column" flexShrink={0}>
      {line}
      <Text color={theme.text.secondary} wrap="truncate-end">
        {/* under the bars, or further left when the numbers would not fit there (never cut) */}
        {" ".repeat(Math.max(0, Math.min(textWidth(label), width - textWidth(stats))))}
        {stats}
      </Text>
    </Box>
  );
}
