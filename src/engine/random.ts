// A seeded random generator: the same seed gives the same numbers on every machine.
// mulberry32 uses only 32-bit integer arithmetic (Math.imul), so no platform rounding
// can creep in; convlab never calls Math.random.

export class RNG {
  private state: number;

  constructor(seed = 0) {
    if (!Number.isFinite(seed)) throw new RangeError(`RNG: seed must be a finite number, got ${seed}`);
    this.state = Math.trunc(seed) >>> 0;
  }

  /** A 32-bit unsigned integer. */
  nextUint32(): number {
    let t = (this.state = (this.state + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  }

  /** Uniform in [0, 1). */
  random(): number {
    return this.nextUint32() / 4294967296;
  }

  /** Uniform in [low, high). */
  uniform(low = 0, high = 1): number {
    return low + (high - low) * this.random();
  }

  /** Standard normal times sigma plus mean (Box-Muller; uses two draws). */
  normal(mean = 0, sigma = 1): number {
    const u1 = 1 - this.random(); // (0, 1]: log never sees 0
    const u2 = this.random();
    return mean + sigma * Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
  }

  /** An integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.random() * n);
  }
}
