// A written-out equation, each token coloured by its role (input, kernel, result…).
import { Text } from "ink";
import type { Equation, Token } from "../../../lessons/frame.ts";
import { useTheme, type Theme } from "../theme.ts";

const colourOf = (role: Token["role"], theme: Theme): string | undefined => theme.equation[role ?? "text"];

export function EquationLine({ equation }: { equation: Equation }) {
  const theme = useTheme();
  return (
    <Text wrap="wrap">
      {equation.label && <Text bold>{equation.label}: </Text>}
      {equation.tokens.map((token, i) => (
        <Text key={i} color={colourOf(token.role, theme)} bold={token.role === "result"}>
          {token.text}
        </Text>
      ))}
    </Text>
  );
}
