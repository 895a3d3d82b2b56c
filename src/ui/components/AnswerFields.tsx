// The parts of an exercise's answer: the one being edited with its cursor, the others as
// plain matrices (a number is a 1×1 grid, a vector one row).
import { Box } from "ink";
import type { Lang } from "../../i18n.ts";
import type { ExerciseState } from "../state/exercise.ts";
import { currentEditor, currentExercise } from "../state/exercise.ts";
import { MATRIX_GAP } from "../layout.ts";
import { MatrixEditor } from "./MatrixEditor.tsx";
import { MatrixView } from "./MatrixView.tsx";

export function AnswerFields({ work, lang }: { work: ExerciseState; lang: Lang }) {
  const exercise = currentExercise(work);
  const labels = exercise.text(lang).fields;
  const editor = currentEditor(work);
  return (
    <Box flexDirection="row" flexWrap="wrap" columnGap={MATRIX_GAP}>
      {exercise.fields.map((f) => {
        const title = labels[f.id] ?? f.id;
        // A single number needs no "1×1".
        const shape = f.kind !== "number";
        return f.id === editor.matrix ? (
          <MatrixEditor key={f.id} editor={editor} title={title} lang={lang} shape={shape} />
        ) : (
          <MatrixView key={f.id} matrix={{ id: f.id, title, values: editor.drafts[f.id] ?? [[0]] }} shape={shape} />
        );
      })}
    </Box>
  );
}
