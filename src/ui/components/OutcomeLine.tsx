// The lesson's verdict at the end or on divergence, said plainly.
import { StatusMessage } from "@inkjs/ui";
import type { Outcome } from "../../../lessons/frame.ts";

export function OutcomeLine({ outcome }: { outcome?: Outcome }) {
  if (!outcome) return null;
  return <StatusMessage variant={outcome.kind === "done" ? "success" : "error"}>{outcome.message}</StatusMessage>;
}
