// Matrices of one group side by side, wrapping onto the next line when narrow.
import { Box } from "ink";
import type { MatrixView as MatrixData } from "../../../lessons/frame.ts";
import { MATRIX_GAP } from "../layout.ts";
import { MatrixView } from "./MatrixView.tsx";



export function MatrixRow({ matrices }: { matrices: readonly MatrixData[] }) {
  return (
    <Box flexDirection="row" flexWrap="wrap" columnGap={MATRIX_GAP}>
      {matrices.map((m) => (
        <MatrixView key={m.id} matrix={m} />
      ))}
    </Box>
  );
}
