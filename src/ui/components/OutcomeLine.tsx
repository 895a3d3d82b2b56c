// The lesson's verdict at the end or on divergence, said plainly.
import { StatusMessage } from "@inkjs/ui";
import type { Outcome } from "../../../lessons/frame.ts";

export function OutcomeLine({ outcome }: { outcome?: Outcome }) {
  if (!outcome) return null;
  const variant = { done: "success", warning: "warning", diverged: "error" } as const;
  return <StatusMessage variant={variant[outcome.kind]}>{outcome.message}</StatusMessage>;
}
