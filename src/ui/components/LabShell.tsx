// What every lab frame sits in: the theme and the live area's box.
import { Box } from "ink";
import type { ReactNode } from "react";
import type { Size } from "../../draw/plan.ts";
import { ThemeContext, type Theme } from "../theme.ts";

export function LabShell({ theme, size, children }: { theme: Theme; size: Size; children: ReactNode }) {
  return (
    <ThemeContext.Provider value={theme}>
      {/* The live area stays one line shorter than the terminal (a frame as tall as the
          terminal makes Ink clear the screen on every render), and is clipped to its width: a
          line wider than the terminal wraps and breaks Ink's redraw. */}
      <Box flexDirection="column" width={size.columns} height={Math.max(1, size.rows - 1)} overflow="hidden">
        {children}
      </Box>
    </ThemeContext.Provider>
  );
}
