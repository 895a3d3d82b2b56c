// Reference solution: several input channels (sum), several output channels (stack).
import { nd, type NDArray } from "convlab";

export function corr2dMultiIn(X: NDArray, K: NDArray): NDArray {
  let Y = nd.corr2d(X.get([0]), K.get([0]));
  for (let c = 1; c < X.shape[0]!; c++) Y = Y.add(nd.corr2d(X.get([c]), K.get([c])));
  return Y;
}

export function corr2dMultiInOut(X: NDArray, K: NDArray): NDArray {
  const first = corr2dMultiIn(X, K.get([0]));
  const Y = nd.zeros([K.shape[0]!, ...first.shape]);
  for (let o = 0; o < K.shape[0]!; o++) Y.set([o], corr2dMultiIn(X, K.get([o])));
  return Y;
}
