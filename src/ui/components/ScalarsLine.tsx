// Named numbers on one line: "loss 0.123 · lr 0.016".
import { Text } from "ink";
import type { Scalar } from "../../../lessons/frame.ts";
import { formatNumber } from "../../../lessons/format.ts";
import { useTheme } from "../theme.ts";

export function ScalarsLine({ scalars }: { scalars: readonly Scalar[] }) {
  const theme = useTheme();
  if (scalars.length === 0) return null;
  return (
    <Text wrap="wrap">
      {scalars.map((s, i) => (
        <Text key={s.id}>
          {i > 0 && <Text color={theme.text.secondary}> · </Text>}
          {/* No-break spaces: a line breaks between scalars, never inside one. */}
          <Text color={theme.text.secondary}>{s.label.replace(/ /g, "\u00a0") + "\u00a0"}</Text>
          <Text bold color={Number.isFinite(s.value) ? theme.text.primary : theme.status.error}>
            {formatNumber(s.value, s.format)}
          </Text>
        </Text>
      ))}
    </Text>
  );
}
