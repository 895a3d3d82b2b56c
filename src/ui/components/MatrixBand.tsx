// One band of matrices side by side, as the planner placed them (src/draw/plan.ts). A gradient
// step (W │ ∂l/∂W │ W − lr·∂l/∂W) has │ between its matrices when they fit on one line.
import { Box, Text } from "ink";
import type { DrawnMatrix } from "../../draw/plan.ts";
import { MATRIX_GAP } from "../../draw/plan.ts";
import { useTheme } from "../theme.ts";
import { MatrixView } from "./MatrixView.tsx";

/** `gaps`: columns before each matrix (groups packed on one band stand further apart, from `packedFrom` on without separators). */
export function MatrixBand({ matrices, separators, gaps, packedFrom = Infinity }: { matrices: readonly DrawnMatrix[]; separators: boolean; gaps?: readonly number[]; packedFrom?: number }) {
  const theme = useTheme();
  return (
    <Box flexDirection="row" flexShrink={0}>
      {matrices.map((m, i) => (
        <Box key={m.matrix.id} flexDirection="row" columnGap={MATRIX_GAP} flexShrink={0} marginLeft={i > 0 ? (gaps?.[i] ?? MATRIX_GAP) : 0}>
          {i > 0 && separators && i < packedFrom && <Text color={theme.text.secondary}>│</Text>}
          <MatrixView matrix={m.matrix} cells={m.cells} />
        </Box>
      ))}
    </Box>
  );
}
