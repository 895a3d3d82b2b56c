// @inkjs/ui's components (StatusMessage) coloured from our semantic tokens.
import { defaultTheme, extendTheme } from "@inkjs/ui";
import type { Theme } from "./theme.ts";

export function uiKitTheme(theme: Theme) {
  const colour = { success: theme.status.success, error: theme.status.error, warning: theme.status.warning, info: theme.status.info };
  return extendTheme(defaultTheme, {
    components: {
      StatusMessage: { styles: { icon: ({ variant }: { variant: keyof typeof colour }) => ({ color: colour[variant] }) } },
    },
  });
}
