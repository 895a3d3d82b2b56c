// A series as a sparkline with the lesson's first, last and smallest values; non-finite
// points keep their place and get their own marks (a divergence reads at a glance).
import { Box, Text } from "ink";
import stringWidth from "string-width";
import type { Lang, Series } from "../../../lessons/frame.ts";
import { formatNumber } from "../../../lessons/format.ts";
import { sparkline } from "../../draw/sparkline.ts";
import { uiStrings } from "../strings.ts";
import { useTheme } from "../theme.ts";

// A string, not a regex literal, so the bundle stays ASCII (scripts/build.mjs).
const MARK = new RegExp("[×↑↓]");

export function Sparkline({ series, width, lang }: { series: Series; width: number; lang: Lang }) {
  const theme = useTheme();
  const t = uiStrings(lang);
  const label = `${series.label} `;
  const line = sparkline(series.values, Math.max(4, width - stringWidth(label)), { log: series.log });
  // The numbers beside the line are the lesson's (Series.summary): the UI picks none itself.
  const summary = series.summary;
  const stats = summary
    ? [
        `${t.first} ${formatNumber(summary.first)}`,
        `${t.last} ${formatNumber(summary.last)}`,
        Number.isNaN(summary.min) ? undefined : `${t.min} ${formatNumber(summary.min)}`,
      ]
        .filter(Boolean)
        .join(" · ")
    : "";
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
      {!stats && MARK.test(line) && (
        <Text color={theme.text.secondary}>
          {" ".repeat(stringWidth(label))}
          {t.nonFiniteMarks}
        </Text>
      )}
    </Box>
  );
}
