// The lab's first frame, drawn from the catalog alone (no lesson's logic, no engine): the same
// menu App shows on start. start-lab.tsx swaps in App as soon as the lessons have loaded.
import type { Lesson as LessonMeta } from "../../lessons/lesson.ts";
import type { Lang } from "../../lessons/frame.ts";
import { LabShell } from "./components/LabShell.tsx";
import { SizeNotice } from "./components/SizeNotice.tsx";
import { useTerminalSize } from "./hooks/useTerminalSize.ts";
import { MIN_COLUMNS, MIN_ROWS, isTooSmall, type Size } from "./layout.ts";
import { exerciseCount, textIn, type LabProgress } from "./progress.ts";
import { MenuScreen } from "./screens/MenuScreen.tsx";
import type { Theme } from "./theme.ts";

export interface FirstMenuProps {
  catalog: readonly LessonMeta[];
  lang: Lang;
  theme: Theme;
  progress?: LabProgress;
  size?: Size;
}

export function FirstMenu({ catalog, lang, theme, progress, size: fixedSize }: FirstMenuProps) {
  const size = useTerminalSize(fixedSize);
  const exercises = exerciseCount(catalog, progress);
  return (
    <LabShell theme={theme} size={size}>
      {isTooSmall(size) ? (
        <SizeNotice lang={lang} minColumns={MIN_COLUMNS} minRows={MIN_ROWS} columns={size.columns} rows={size.rows} />
      ) : (
        <MenuScreen lessons={catalog} selected={0} done={progress?.done ?? []} lang={lang} warning={progress?.warning && textIn(progress.warning, lang)} exercises={exercises} columns={size.columns} rows={size.rows} />
      )}
    </LabShell>
  );
}
