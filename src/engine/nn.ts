// Gluon-style layers: a Block owns named Parameters; Conv2D is conv2d with its own weight
// and bias. Blocks are called with `block.forward(x)`.
import { NDArray } from "./ndarray.ts";
import type { Nested } from "./ndarray.ts";
import { array } from "./create.ts";
import { conv2d } from "./ops/processing.ts";
import { wholeNumber, wholePair, type Pair } from "./pair.ts";
import { ShapeError, fmtShape } from "./errors.ts";
import { RNG } from "./random.ts";

/** How to fill a weight: MXNet's default is uniform(−0.07, 0.07). */
export type Init =
  | "uniform" | "normal" | "zeros" | "ones"
  | { uniform: number } // uniform(−scale, scale)
  | { normal: number }  // normal(0, sigma)
  | { constant: number };

function fill(out: Float32Array, init: Init, rng: RNG): void {
  if (init === "zeros") out.fill(0);
  else if (init === "ones") out.fill(1);
  else if (typeof init === "object" && "constant" in init) out.fill(init.constant);
  else if (init === "normal" || (typeof init === "object" && "normal" in init)) {
    const sigma = typeof init === "object" ? init.normal : 0.01;
    for (let i = 0; i < out.length; i++) out[i] = rng.normal(0, sigma);
  } else {
    const scale = init === "uniform" ? 0.07 : init.uniform;
    for (let i = 0; i < out.length; i++) out[i] = rng.uniform(-scale, scale);
  }
}

/** A named, trainable array. Its shape may have 0s (unknown until the first forward pass). */
export class Parameter {
  private value?: NDArray;
  private pending?: { rng: RNG; init: Init }; // deferred initialisation, like Gluon

  constructor(
    readonly name: string,
    public shape: number[],
    readonly init?: Init,
  ) {}

  private get shapeKnown(): boolean {
    return this.shape.every((d) => d > 0);
  }

  /** Fill from `rng`; names ending in "bias" start at zero (MXNet's rule) unless given an init. */
  initialize(rng: RNG, blockInit: Init): void {
    const init = this.init ?? (this.name.endsWith("bias") ? "zeros" : blockInit);
    this.value = undefined;
    this.pending = { rng, init };
    if (this.shapeKnown) this.materialize(this.pending);
  }

  /** Fill in unknown (0) axes once an input shows them, then finish a pending initialisation. */
  inferShape(shape: readonly number[]): void {
    this.shape = this.shape.map((d, i) => (d > 0 ? d : shape[i]));
    if (this.pending && !this.value) this.materialize(this.pending);
  }

  private materialize({ rng, init }: { rng: RNG; init: Init }): void {
    const v = NDArray.full(this.shape, 0);
    fill(v.data, init, rng);
    this.value = v.attachGrad();
  }

  get isInitialized(): boolean {
    return this.value !== undefined;
  }

  /** The array itself (not a copy): ops on it are differentiated with respect to it. */
  data(): NDArray {
    if (this.value) return this.value;
    if (this.pending) {
      throw new Error(`Parameter ${this.name} (${fmtShape(this.shape)}) waits for the first forward pass to learn its input channels`);
    }
    throw new Error(`Parameter ${this.name} is not initialized yet: call initialize() on its block first`);
  }

  /** dl/dparameter from the last backward() (overwritten each time). */
  grad(): NDArray {
    return this.data().grad;
  }

  /** Replace the values (same shape); keeps the array and its gradient slot. */
  setData(values: NDArray | Nested): void {
    const v = values instanceof NDArray ? values : array(values);
    const fits = v.ndim === this.shape.length && this.shape.every((d, i) => d === 0 || d === v.shape[i]);
    if (!fits) {
      throw new ShapeError(`setData: parameter ${this.name} has shape ${fmtShape(this.shape)}, the new value ${fmtShape(v.shape)}`);
    }
    if (!this.value || !this.shapeKnown) {
      this.shape = [...v.shape];
      this.value = NDArray.full(this.shape, 0).attachGrad();
    }
    this.value.data.set(v.data);
  }

  toString(): string {
    return `Parameter ${this.name} (shape=${fmtShape(this.shape)})`;
  }
}

/** A block's own parameters by name (Gluon's `self.params`). */
export class ParameterDict {
  private readonly map = new Map<string, Parameter>();

  /** The parameter called `name`, created on first request. */
  get(name: string, options: { shape?: number | readonly number[]; init?: Init } = {}): Parameter {
    let p = this.map.get(name);
    if (!p) {
      const shape = options.shape === undefined ? [0] : typeof options.shape === "number" ? [options.shape] : [...options.shape];
      p = new Parameter(name, shape, options.init);
      this.map.set(name, p);
    }
    return p;
  }

  entries(): IterableIterator<[string, Parameter]> {
    return this.map.entries();
  }
}

export interface InitializeOptions {
  /** Seed of the generator all parameters draw from, in order (default 0). */
  seed?: number;
  /** Weight initialiser (default uniform(−0.07, 0.07)); biases start at zero. */
  init?: Init;
}

/** A layer or a model. Subclasses create parameters with `this.params.get(...)` and define forward. */
export abstract class Block {
  readonly params = new ParameterDict();

  abstract forward(...inputs: NDArray[]): NDArray;

  /** Own parameters, then those of child blocks held in fields ("child.weight"). */
  collectParams(): Map<string, Parameter> {
    const all = new Map<string, Parameter>(this.params.entries());
    for (const [field, child] of Object.entries(this)) {
      if (child instanceof Block) for (const [n, p] of child.collectParams()) all.set(`${field}.${n}`, p);
    }
    return all;
  }

  /** (Re)initialise every parameter from one seeded generator. */
  initialize({ seed = 0, init = "uniform" }: InitializeOptions = {}): this {
    const rng = new RNG(seed);
    for (const p of this.collectParams().values()) p.initialize(rng, init);
    return this;
  }
}

export interface Conv2DOptions {
  /** Output channels (number of kernels). */
  channels: number;
  kernelSize: Pair;
  strides?: Pair;
  padding?: Pair;
  useBias?: boolean;
  /** Input channels; inferred from the first input when omitted (like Gluon). */
  inChannels?: number;
}

/** Gluon's nn.Conv2D: weight channels×inChannels×kh×kw, bias [channels]. */
export class Conv2D extends Block {
  readonly weight: Parameter;
  readonly bias: Parameter | null;
  readonly strides: Pair;
  readonly padding: Pair;

  constructor({ channels, kernelSize, strides = 1, padding = 0, useBias = true, inChannels }: Conv2DOptions) {
    super();
    const [kh, kw] = wholePair("Conv2D", "kernelSize", kernelSize, 1);
    wholeNumber("Conv2D", "channels", channels, 1);
    if (inChannels !== undefined) wholeNumber("Conv2D", "inChannels", inChannels, 1);
    // checked now, so a bad stride or padding is refused where the layer is made, not at its first input
    wholePair("Conv2D", "strides", strides, 1);
    wholePair("Conv2D", "padding", padding, 0);
    this.weight = this.params.get("weight", { shape: [channels, inChannels ?? 0, kh, kw] });
    this.bias = useBias ? this.params.get("bias", { shape: [channels] }) : null;
    this.strides = strides;
    this.padding = padding;
  }

  /** x: N x C x H x W -> N x channels x OH x OW. */
  forward(x: NDArray): NDArray {
    if (x.ndim !== 4) {
      throw new ShapeError(`Conv2D: input must be 4-D (batch×channels×height×width), got ${fmtShape(x.shape)}; e.g. X.reshape(1, 1, H, W)`);
    }
    if (this.weight.shape[1] === 0) this.weight.inferShape([0, x.shape[1]]);
    return conv2d(x, this.weight.data(), { bias: this.bias?.data() ?? null, stride: this.strides, pad: this.padding });
  }

  toString(): string {
    const [o, c, kh, kw] = this.weight.shape;
    const p = (v: Pair) => (typeof v === "number" ? `(${v}, ${v})` : `(${v[0]}, ${v[1]})`);
    return `Conv2D(${c || "None"} -> ${o}, kernel_size=(${kh}, ${kw}), stride=${p(this.strides)}, padding=${p(this.padding)}, bias=${this.bias !== null})`;
  }
}
