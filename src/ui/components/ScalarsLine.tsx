// Named numbers: "loss 0.123 · lr 0.016", in the rows the planner packed them into (a line
// breaks between scalars, never inside one).
import { Box, Text } from "ink";
import type { Scalar } from "../../../lessons/frame.ts";
import { scalarText } from "../../draw/plan.ts";
import { useTheme } from "../theme.ts";

export function ScalarsLine({ rows }: { rows: readonly Scalar[][] }) {
  const theme = useTheme();
  return (
    <Box flexDirection="column" flexShrink={0}>
      {rows.map((row, r) => (
        <Text key={r} wrap="truncate-end">
          {row.map((s, i) => {
            const { label, value } = scalarText(s);
            return (
              <Text key={s.id}>
                {i > 0 && <Text color={theme.text.secondary}> · </Text>}
                <Text color={theme.text.secondary}>{`${label} `}</Text>
                <Text bold color={Number.isFinite(s.value) ? theme.text.primary : theme.status.error}>
                  {value}
                </Text>
              </Text>
            );
          })}
        </Text>
      ))}
    </Box>
  );
}
