// The footer: one line of this screen's keys, generated from the key map with the short
// bar labels, in the map's order (help first), as many as fit; `?` lists them all.
import { Text } from "ink";
import { Fragment } from "react";
import type { Lang } from "../../i18n.ts";
import { fittingItems, SEPARATOR } from "../key-bar.ts";
import type { Command, KeyWords, Scope } from "../keys.ts";
import { useTheme } from "../theme.ts";

/** `hide`: keys that would do nothing on this screen (e.g. a lesson without a learning rate); `words`: the lesson's own words for some keys. */
export function KeyHelpBar({ scope, lang, columns, hide, words }: { scope: Scope; lang: Lang; columns: number; hide?: readonly Command[]; words?: Partial<Record<Command, KeyWords>> }) {
  const theme = useTheme();
  return (
    <Text wrap="truncate-end">
      {fittingItems(scope, lang, columns, hide, words).map((item, i) => (
        <Fragment key={i}>
          {i > 0 && SEPARATOR}
          <Text bold color={theme.ui.key}>
            {item.keys}
          </Text>
          <Text color={theme.text.secondary}>{` ${item.text}`}</Text>
        </Fragment>
      ))}
    </Text>
  );
}
