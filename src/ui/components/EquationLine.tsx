// A written-out equation, each token coloured by its role (input, kernel, result…), in the
// rows the planner wrapped it to (at operators, never inside a number: src/draw/wrap.ts).
import { Box, Text } from "ink";
import type { EquationPiece } from "../../draw/equation.ts";
import { useTheme, type Theme } from "../theme.ts";

const colourOf = (role: EquationPiece["role"], theme: Theme): string | undefined => (role === "label" ? undefined : theme.equation[role ?? "text"]);

export function EquationLine({ rows }: { rows: readonly EquationPiece[][] }) {
  const theme = useTheme();
  return (
    <Box flexDirection="column" flexShrink={0}>
      {rows.map((row, r) => (
        <Text key={r} wrap="truncate-end">
          {row.map((piece, i) => (
            <Text key={i} color={colourOf(piece.role, theme)} bold={piece.role === "result" || piece.role === "label"}>
              {piece.text}
            </Text>
          ))}
        </Text>
      ))}
    </Box>
  );
}
