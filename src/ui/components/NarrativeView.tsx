// This step's heading and its few sentences, wrapped to the width by Ink (CJK-aware).
import { Box, Text } from "ink";
import { useTheme } from "../theme.ts";

export function NarrativeView({ heading, narrative }: { heading: string; narrative: readonly string[] }) {
  const theme = useTheme();
  return (
    <Box flexDirection="column">
      <Text bold color={theme.text.heading} wrap="wrap">
        {heading}
      </Text>
      {narrative.map((p, i) => (
        <Text key={i} wrap="wrap">
          {p}
        </Text>
      ))}
    </Box>
  );
}
