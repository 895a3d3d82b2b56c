// One band of matrices side by side, as the planner placed them (src/draw/plan.ts). A gradient
// step (W │ ∂l/∂W │ W − lr·∂l/∂W) has │ between its matrices when they fit on one line.
import { Box, Text } from "ink";
import type { DrawnMatrix } from "../../draw/plan.ts";
import { MATRIX_GAP } from "../../draw/plan.ts";
import { useTheme } from "../theme.ts";
import { MatrixView } from "./MatrixView.tsx";

export function MatrixBand({ matrices, separators }: { matrices: readonly DrawnMatrix[]; separators: boolean }) {
  const theme = useTheme();
  return (
    <Box flexDirection="row" columnGap={MATRIX_GAP} flexShrink={0}>
      {matrices.map((m, i) => (
        <Box key={m.matrix.id} flexDirection="row" columnGap={MATRIX_GAP} flexShrink={0}>
          {i > 0 && separators && <Text color={theme.text.secondary}>│</Text>}
          <MatrixView matrix={m.matrix} cells={m.cells} />
        </Box>
      ))}
    </Box>
  );
}
