// The notebook's own initial weight: its random draw was never printed, but its printout
// determines it (recover-init.ts). Lessons 3 and 8 start from it on the notebook's data.
import { edgeData } from "./train.ts";
import { NOTEBOOK_PRINTOUT } from "./printout.ts";
import { recoverInitialWeight } from "./recover-init.ts";

let recovered: number[] | undefined;

/** W₀ such that the notebook's ten steps at lr 0.016 end at its printed weight (solved once; a copy each call). */
export function notebookStart(): number[] {
  if (!recovered) {
    const { X, Y } = edgeData("seed");
    const { lr, losses, finalWeight } = NOTEBOOK_PRINTOUT;
    recovered = recoverInitialWeight(X.to2d(), Y.to2d(), lr, losses.length, finalWeight);
  }
  return [...recovered];
}
