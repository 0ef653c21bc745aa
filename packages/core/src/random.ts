/**
 * A seeded pseudo-random generator (xoshiro128**, state seeded with splitmix32) with uniform, normal
 * (Box–Muller), gamma (Marsaglia–Tsang) and Dirichlet draws. The same seed gives the same sequence on
 * every platform.
 *
 * @internal
 */
export class SeededRandom {
  private a: number;
  private b: number;
  private c: number;
  private d: number;
  private spareNormal = Number.NaN;

  constructor(seed: number) {
    let state = seed >>> 0;
    const splitmix = () => {
      state = (state + 0x9e3779b9) >>> 0;
      let z = state;
      z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
      z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
      return (z ^ (z >>> 16)) >>> 0;
    };
    this.a = splitmix();
    this.b = splitmix();
    this.c = splitmix();
    this.d = splitmix();
    if ((this.a | this.b | this.c | this.d) === 0) this.a = 1;
  }

  /** The next 32-bit unsigned integer (xoshiro128**). */
  nextUint32(): number {
    const result = Math.imul(rotateLeft(Math.imul(this.b, 5), 7), 9) >>> 0;
    const t = this.b << 9;
    this.c ^= this.a;
    this.d ^= this.b;
    this.b ^= this.c;
    this.a ^= this.d;
    this.c ^= t;
    this.d = rotateLeft(this.d, 11);
    return result;
  }

  /** A uniform double in [0, 1) with 53 random bits. */
  uniform(): number {
    const high = this.nextUint32() >>> 5;
    const low = this.nextUint32() >>> 6;
    return (high * 67108864 + low) / 9007199254740992;
  }

  /** A standard normal draw (Box–Muller, both values used). */
  normal(): number {
    if (!Number.isNaN(this.spareNormal)) {
      const spare = this.spareNormal;
      this.spareNormal = Number.NaN;
      return spare;
    }
    const u = 1 - this.uniform();
    const v = this.uniform();
    const radius = Math.sqrt(-2 * Math.log(u));
    const angle = 2 * Math.PI * v;
    this.spareNormal = radius * Math.sin(angle);
    return radius * Math.cos(angle);
  }

  /** A Gamma(shape, 1) draw: Marsaglia–Tsang, with the `U^(1/shape)` boost for shape < 1. */
  gamma(shape: number): number {
    if (shape < 1) return this.gamma(shape + 1) * (1 - this.uniform()) ** (1 / shape);
    const d = shape - 1 / 3;
    const c = 1 / Math.sqrt(9 * d);
    for (;;) {
      const x = this.normal();
      const base = 1 + c * x;
      if (base <= 0) continue;
      const v = base * base * base;
      const u = 1 - this.uniform();
      const squared = x * x;
      if (u < 1 - 0.0331 * squared * squared) return d * v;
      if (Math.log(u) < 0.5 * squared + d * (1 - v + Math.log(v))) return d * v;
    }
  }

  /**
   * Writes a Dirichlet(alpha) draw into `target` from `offset`: independent gammas divided by their sum.
   */
  dirichlet(alpha: ArrayLike<number>, target: Float64Array, offset: number): void {
    let sum = 0;
    for (let i = 0; i < alpha.length; i++) {
      const value = this.gamma(alpha[i]!);
      target[offset + i] = value;
      sum += value;
    }
    if (!(sum > 0 && Number.isFinite(sum))) {
      // Shapes so small that every gamma underflowed: the Dirichlet sits on a vertex, chosen in
      // proportion to alpha (its limit), so a draw is never NaN.
      this.dirichletVertex(alpha, target, offset);
      return;
    }
    for (let i = 0; i < alpha.length; i++) target[offset + i] = target[offset + i]! / sum;
  }

  private dirichletVertex(alpha: ArrayLike<number>, target: Float64Array, offset: number): void {
    let total = 0;
    for (let i = 0; i < alpha.length; i++) total += alpha[i]!;
    let pick = this.uniform() * total;
    let chosen = alpha.length - 1;
    for (let i = 0; i < alpha.length; i++) {
      pick -= alpha[i]!;
      if (pick < 0) {
        chosen = i;
        break;
      }
    }
    for (let i = 0; i < alpha.length; i++) target[offset + i] = i === chosen ? 1 : 0;
  }
}

function rotateLeft(value: number, shift: number): number {
  return (value << shift) | (value >>> (32 - shift));
}
