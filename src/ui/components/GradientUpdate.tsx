// A gradient step: the weight and ∂l/∂W side by side, with the update written out with
// its numbers underneath (W ← W − lr·∂l/∂W).
import { Box, Text } from "ink";
import type { Equation, MatrixView as MatrixData } from "../../../lessons/frame.ts";
import { useTheme } from "../theme.ts";
import { EquationLine } from "./EquationLine.tsx";
import { MATRIX_GAP } from "../layout.ts";
import { MatrixView } from "./MatrixView.tsx";

export interface GradientUpdateProps {
  matrices: readonly MatrixData[];
  updates: readonly Equation[];
  /** │ between the matrices; off when they do not fit on one line (a wrapped │ reads as noise). */
  separators?: boolean;
}

export function GradientUpdate({ matrices, updates, separators = true }: GradientUpdateProps) {
  const theme = useTheme();
  return (
    <Box flexDirection="column">
      <Box flexDirection="row" flexWrap="wrap" columnGap={MATRIX_GAP}>
        {matrices.map((m, i) => (
          <Box key={m.id} flexDirection="row" columnGap={MATRIX_GAP}>
            {i > 0 && separators && <Text color={theme.text.secondary}>│</Text>}
            <MatrixView matrix={m} />
          </Box>
        ))}
      </Box>
      {updates.map((e, i) => (
        <EquationLine key={i} equation={e} />
      ))}
    </Box>
  );
}
