// The menu's list, as the menu plan laid it out (src/ui/layout.ts): number, title, summary and
// a done mark per lesson; the selected lesson carries a › cue as well as colour.
import { Box, Text } from "ink";
import type { MenuLine, MenuPart } from "../layout.ts";
import { useTheme, type Theme } from "../theme.ts";

export interface LessonListProps {
  lines: readonly MenuLine[];
  selected: number;
}

function colour(part: MenuPart, selected: boolean, theme: Theme): { color?: string; bold?: boolean } {
  switch (part.kind) {
    case "cue":
    case "title":
      return selected ? { color: theme.ui.selected, bold: true } : {};
    case "done":
      return { color: theme.ui.done };
    case "summary":
    case "more":
      return { color: theme.text.secondary };
  }
}

export function LessonList({ lines, selected }: LessonListProps) {
  const theme = useTheme();
  return (
    <Box flexDirection="column">
      {lines.map((line, i) => (
        // One Text per part: the menu is the first frame, drawn while all of that code is still cold.
        <Text key={i} wrap="truncate-end">
          {line.parts.length === 0
            ? " "
            : line.parts.map((part, k) => (
                <Text key={k} {...colour(part, line.lesson === selected, theme)}>
                  {part.text}
                </Text>
              ))}
        </Text>
      ))}
    </Box>
  );
}
