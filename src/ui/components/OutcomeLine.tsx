// The lesson's verdict at the end or on divergence, said plainly.
import type { Outcome } from "../../../lessons/frame.ts";
import { StatusLine } from "./StatusLine.tsx";

export function OutcomeLine({ outcome, width }: { outcome?: Outcome; width: number }) {
  if (!outcome) return null;
  return <StatusLine kind={outcome.kind === "done" ? "success" : "error"} message={outcome.message} width={width} />;
}
