// The top line: convlab, where we are, and (right) the play state or progress.
import { Box, Text } from "ink";
import { useTheme } from "../theme.ts";

export function Header({ title, detail, right }: { title: string; detail?: string; right?: string }) {
  const theme = useTheme();
  return (
    <Box justifyContent="space-between">
      <Text wrap="truncate-end">
        <Text bold color={theme.text.accent}>
          convlab
        </Text>
        <Text color={theme.text.secondary}> · </Text>
        <Text bold>{title}</Text>
        {detail && <Text color={theme.text.secondary}> · {detail}</Text>}
      </Text>
      {right && (
        <Box flexShrink={0} marginLeft={2}>
          <Text color={theme.text.secondary}>{right}</Text>
        </Box>
      )}
    </Box>
  );
}
