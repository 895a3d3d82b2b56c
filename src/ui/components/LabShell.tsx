// What every lab frame sits in: the theme (ours and @inkjs/ui's) and the live area's box.
import { ThemeProvider } from "@inkjs/ui";
import { Box } from "ink";
import { useMemo, type ReactNode } from "react";
import type { Size } from "../layout.ts";
import { ThemeContext, type Theme } from "../theme.ts";
import { uiKitTheme } from "../ui-kit-theme.ts";

/** `clip: false` leaves out overflow="hidden" (it costs the first render a few ms): only for a
 * frame that fits by construction, like the menu (MenuScreen sizes its list to the rows). */
export function LabShell({ theme, size, clip = true, children }: { theme: Theme; size: Size; clip?: boolean; children: ReactNode }) {
  const kit = useMemo(() => uiKitTheme(theme), [theme]);
  return (
    <ThemeContext.Provider value={theme}>
      <ThemeProvider theme={kit}>
        {/* The live area stays one line shorter than the terminal: see layout.ts. */}
        <Box flexDirection="column" width={size.columns} height={Math.max(1, size.rows - 1)} overflow={clip ? "hidden" : "visible"}>
          {children}
        </Box>
      </ThemeProvider>
    </ThemeContext.Provider>
  );
}
