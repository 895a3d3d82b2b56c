// What the notebook ("二维卷积层", MXNet) printed when it trained its Conv2D on the edge image:
// lr 0.016, ten iterations, only the weight updated (the bias stays 0). Its random initial
// weight was not printed; recover-init.ts finds it from this table.
export const NOTEBOOK_PRINTOUT = {
  lr: 0.016,
  /** "NO.1, loss:12.500" to "NO.10, loss:0.295", as printed (three decimals). */
  losses: [12.5, 8.163, 5.332, 3.485, 2.279, 1.493, 0.981, 0.649, 0.433, 0.295],
  /** "weight: [[ 0.8634343 -0.8944946]]". */
  finalWeight: [0.8634343, -0.8944946],
} as const;
