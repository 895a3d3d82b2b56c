// Shown instead of the lab when the terminal is smaller than the layout needs.
import { Text } from "ink";
import type { Lang } from "../../i18n.ts";
import { uiStrings } from "../strings.ts";
import { useTheme } from "../theme.ts";

export function SizeNotice({ lang, minColumns, minRows, columns, rows }: { lang: Lang; minColumns: number; minRows: number; columns: number; rows: number }) {
  const theme = useTheme();
  return (
    <Text color={theme.status.warning} wrap="wrap">
      {uiStrings(lang).enlarge(minColumns, minRows, columns, rows)}
    </Text>
  );
}
