// X.add(Y), X.sum(), X.T, l.backward() …: NDArray's methods, each the op of the same name.
// ndarray.ts declares them (so its reader sees the whole API there) but cannot define them:
// the ops build NDArrays, so importing them into ndarray.ts would make an import circle.
// index.ts imports this file once, before any method can be called.
import { NDArray } from "./ndarray.ts";
import { add, sub, mul, div, pow, neg } from "./ops/elementwise.ts";
import { sum, mean } from "./ops/reduce.ts";
import { reshape, transpose, get, set } from "./ops/shape.ts";
import { backward } from "./autograd.ts";

type Methods = Pick<NDArray, "add" | "sub" | "mul" | "div" | "pow" | "neg" | "sum" | "mean" | "reshape" | "get" | "set" | "backward">;

const methods: Methods & ThisType<NDArray> = {
  add(b) { return add(this, b); },
  sub(b) { return sub(this, b); },
  mul(b) { return mul(this, b); },
  div(b) { return div(this, b); },
  pow(p) { return pow(this, p); },
  neg() { return neg(this); },
  sum() { return sum(this); },
  mean() { return mean(this); },
  reshape(...shape: (number | readonly number[])[]) { return reshape(this, shape.flat()); },
  get(index) { return get(this, index); },
  set(index, value) { return set(this, index, value); },
  backward(head) { backward(this, head); },
};

Object.assign(NDArray.prototype, methods);
Object.defineProperty(NDArray.prototype, "T", { get(this: NDArray) { return transpose(this); } });
