// The lesson's verdict at the end or on divergence, said plainly.
import type { Outcome } from "../../../lessons/frame.ts";
import { StatusLine } from "./StatusLine.tsx";

export function OutcomeLine({ outcome, width }: { outcome?: Outcome; width: number }) {
  if (!outcome) return null;
  const kind = { done: "success", warning: "warning", diverged: "error" } as const;
  return <StatusLine kind={kind[outcome.kind]} message={outcome.message} width={width} />;
}
