// A series as a sparkline with its first, last and smallest values; non-finite points keep
// their place and get their own marks (a divergence reads at a glance).
import { Box, Text } from "ink";
import stringWidth from "string-width";
import type { Lang, Series } from "../../../lessons/frame.ts";
import { formatNumber } from "../../format.ts";
import { sparkline } from "../draw/sparkline.ts";
import { uiStrings } from "../strings.ts";
import { useTheme } from "../theme.ts";

const MARK = /[×↑↓]/;

export function Sparkline({ series, width, lang }: { series: Series; width: number; lang: Lang }) {
  const theme = useTheme();
  const t = uiStrings(lang);
  const label = `${series.label} `;
  const line = sparkline(series.values, Math.max(4, width - stringWidth(label)), { log: series.log });
  const values = series.values;
  const finite = values.filter(Number.isFinite);
  // Picked from the series, not computed: the lesson's own numbers, printed the shared way.
  const smallest = finite.reduce((a, b) => (b < a ? b : a), Infinity);
  const stats =
    values.length === 0
      ? ""
      : [
          `${t.first} ${formatNumber(values[0]!)}`,
          `${t.last} ${formatNumber(values[values.length - 1]!)}`,
          finite.length > 0 ? `${t.min} ${formatNumber(smallest)}` : undefined,
        ]
          .filter(Boolean)
          .join(" · ");
  return (
    <Box flexDirection="column">
      <Text>
        <Text bold>{label}</Text>
        {[...line].map((ch, i) => (
          <Text key={i} color={MARK.test(ch) ? theme.spark.nonFinite : theme.spark.line} bold={MARK.test(ch)}>
            {ch}
          </Text>
        ))}
      </Text>
      {stats && (
        <Text color={theme.text.secondary} wrap="truncate-end">
          {" ".repeat(stringWidth(label))}
          {stats}
          {MARK.test(line) ? `  (${t.nonFiniteMarks})` : ""}
        </Text>
      )}
    </Box>
  );
}
