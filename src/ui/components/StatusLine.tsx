// A one-line status with its icon (✔ done, ✘ refused or diverged, ℹ info, ⚠ warning), wrapped
// under the icon. Coloured by the theme's status tokens; the icon carries the meaning without colour.
import { Box, Text } from "ink";
import { wrapText } from "../../draw/wrap.ts";
import { useTheme } from "../theme.ts";

export type StatusKind = "success" | "error" | "warning" | "info";
export const STATUS_ICONS: Record<StatusKind, string> = { success: "✔", error: "✘", warning: "⚠", info: "ℹ" };

/** The message's lines at `width` (the icon and its space take two columns). */
export const statusLines = (message: string, width: number): string[] => wrapText(message, Math.max(1, width - 2));

export function StatusLine({ kind, message, width }: { kind: StatusKind; message: string; width: number }) {
  const theme = useTheme();
  return (
    <Box flexDirection="row" columnGap={1} flexShrink={0}>
      <Text color={theme.status[kind]}>{STATUS_ICONS[kind]}</Text>
      <Box flexDirection="column">
        {statusLines(message, width).map((line, i) => (
          <Text key={i} wrap="truncate-end">
            {line}
          </Text>
        ))}
      </Box>
    </Box>
  );
}
