// What every lab frame sits in: the theme (ours and @inkjs/ui's) and the live area's box.
import { ThemeProvider } from "@inkjs/ui";
import { Box } from "ink";
import { useMemo, type ReactNode } from "react";
import type { Size } from "../layout.ts";
import { ThemeContext, type Theme } from "../theme.ts";
import { uiKitTheme } from "../ui-kit-theme.ts";

export function LabShell({ theme, size, children }: { theme: Theme; size: Size; children: ReactNode }) {
  const kit = useMemo(() => uiKitTheme(theme), [theme]);
  return (
    <ThemeContext.Provider value={theme}>
      <ThemeProvider theme={kit}>
        {/* The live area stays one line shorter than the terminal (see layout.ts), and is
            clipped to its width: Ink's truncate-end (cli-truncate) can run one column over at a
            wide character, and a line wider than the terminal wraps and breaks Ink's redraw. */}
        <Box flexDirection="column" width={size.columns} height={Math.max(1, size.rows - 1)} overflow="hidden">
          {children}
        </Box>
      </ThemeProvider>
    </ThemeContext.Provider>
  );
}
