/**
 * A seeded pseudo-random generator (xoshiro128**, state seeded with splitmix32) with uniform, normal
 * (Box–Muller), gamma (Marsaglia–Tsang) and Dirichlet draws. The same seed gives the same sequence on
 * every platform.
 *
 * @internal
 */
export class SeededRandom {
  // The four state words live in an Int32Array: as plain fields, values outside the small-integer range
  // would be boxed on every update (a heap allocation per draw).
  private readonly state = new Int32Array(4);
  private spareNormal = Number.NaN;
  private hasSpare = false;

  constructor(seed: number) {
    let state = seed >>> 0;
    const splitmix = () => {
      state = (state + 0x9e3779b9) >>> 0;
      let z = state;
      z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
      z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
      return (z ^ (z >>> 16)) >>> 0;
    };
    const words = this.state;
    for (let i = 0; i < 4; i++) words[i] = splitmix();
    if ((words[0]! | words[1]! | words[2]! | words[3]!) === 0) words[0] = 1;
  }

  /** The next 32-bit unsigned integer (xoshiro128**). */
  nextUint32(): number {
    return nextWord(this.state);
  }

  /** A uniform double in [0, 1) with 53 random bits. */
  uniform(): number {
    return nextUniform(this.state);
  }

  /** A standard normal draw (Box–Muller, both values used). */
  normal(): number {
    if (this.hasSpare) {
      this.hasSpare = false;
      return this.spareNormal;
    }
    const u = 1 - this.uniform();
    const v = this.uniform();
    const radius = Math.sqrt(-2 * Math.log(u));
    const angle = 2 * Math.PI * v;
    this.spareNormal = radius * Math.sin(angle);
    this.hasSpare = true;
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
   * With `start` and `end`, the shapes are `alpha[start..end)` (no subarray is allocated per draw).
   */
  dirichlet(
    alpha: ArrayLike<number>,
    target: Float64Array,
    offset: number,
    start = 0,
    end: number = alpha.length,
  ): void {
    const count = end - start;
    let sum = 0;
    for (let i = 0; i < count; i++) {
      const value = this.gamma(alpha[start + i]!);
      target[offset + i] = value;
      sum += value;
    }
    if (!(sum > 0 && Number.isFinite(sum))) {
      // Shapes so small that every gamma underflowed: the Dirichlet sits on a vertex, chosen in
      // proportion to alpha (its limit), so a draw is never NaN.
      this.dirichletVertex(alpha, target, offset, start, count);
      return;
    }
    for (let i = 0; i < count; i++) target[offset + i] = target[offset + i]! / sum;
  }

  /**
   * Draws `rounds` rounds of Dirichlet vectors: in each round, for each block in order, a
   * Dirichlet(`alpha[start..end)`) vector written to `targets[target]` at `round · strides[target] + offset`.
   * The same numbers as calling {@link SeededRandom.dirichlet} block by block, round by round (a property
   * test compares them): the gamma and normal draws are restated in one loop, with the spare normal in a
   * local, because before the JIT has warmed up (all of a command-line run) that is about 5 ms faster on the
   * 10,000 draws of a report than the chain of `dirichlet` → `gamma` → `normal` calls.
   *
   * @param rounds - the number of rounds.
   * @param alpha - the shapes of every block, concatenated (each > 0).
   * @param blocks - four integers per block: alpha start, alpha end, target (0 or 1), offset in the round.
   * @param targets - the two arrays written to.
   * @param strides - the length of a round in each target.
   */
  fillDirichletRounds(
    rounds: number,
    alpha: Float64Array,
    blocks: Int32Array,
    targets: readonly [Float64Array, Float64Array],
    strides: readonly [number, number],
  ): void {
    const words = this.state;
    let spare = this.spareNormal;
    let hasSpare = this.hasSpare;
    for (let round = 0; round < rounds; round++) {
      for (let block = 0; block < blocks.length; block += 4) {
        const start = blocks[block]!;
        const end = blocks[block + 1]!;
        const target = targets[blocks[block + 2]!]!;
        const offset = round * strides[blocks[block + 2]!]! + blocks[block + 3]!;
        let sum = 0;
        for (let i = start; i < end; i++) {
          const given = alpha[i]!;
          // Marsaglia–Tsang, with the U^(1/shape) boost for shape < 1 (drawn after the gamma, as gamma() does).
          const shape = given < 1 ? given + 1 : given;
          const dShape = shape - 1 / 3;
          const cShape = 1 / Math.sqrt(9 * dShape);
          let value = 0;
          for (;;) {
            let x: number;
            if (hasSpare) {
              hasSpare = false;
              x = spare;
            } else {
              const u1 = 1 - nextUniform(words);
              const v1 = nextUniform(words);
              const radius = Math.sqrt(-2 * Math.log(u1));
              const angle = 2 * Math.PI * v1;
              spare = radius * Math.sin(angle);
              hasSpare = true;
              x = radius * Math.cos(angle);
            }
            const base = 1 + cShape * x;
            if (base <= 0) continue;
            const cube = base * base * base;
            const u = 1 - nextUniform(words);
            const squared = x * x;
            if (
              u < 1 - 0.0331 * squared * squared ||
              Math.log(u) < 0.5 * squared + dShape * (1 - cube + Math.log(cube))
            ) {
              value = dShape * cube;
              break;
            }
          }
          if (given < 1) value *= (1 - nextUniform(words)) ** (1 / given);
          target[offset + i - start] = value;
          sum += value;
        }
        if (sum > 0 && Number.isFinite(sum)) {
          for (let i = offset; i < offset + end - start; i++) target[i] = target[i]! / sum;
        } else {
          this.dirichletVertex(alpha, target, offset, start, end - start);
        }
      }
    }
    this.spareNormal = spare;
    this.hasSpare = hasSpare;
  }

  private dirichletVertex(
    alpha: ArrayLike<number>,
    target: Float64Array,
    offset: number,
    start: number,
    count: number,
  ): void {
    let total = 0;
    for (let i = 0; i < count; i++) total += alpha[start + i]!;
    let pick = this.uniform() * total;
    let chosen = count - 1;
    for (let i = 0; i < count; i++) {
      pick -= alpha[start + i]!;
      if (pick < 0) {
        chosen = i;
        break;
      }
    }
    for (let i = 0; i < count; i++) target[offset + i] = i === chosen ? 1 : 0;
  }
}

/** One xoshiro128** step on the four state words: the next 32-bit unsigned integer. */
function nextWord(words: Int32Array): number {
  const a = words[0]!;
  const b = words[1]!;
  const c = words[2]! ^ a;
  const d = words[3]! ^ b;
  words[1] = b ^ c;
  words[0] = a ^ d;
  words[2] = c ^ (b << 9);
  words[3] = rotateLeft(d, 11);
  return Math.imul(rotateLeft(Math.imul(b, 5), 7), 9) >>> 0;
}

/** A uniform double in [0, 1) with 53 random bits, from two steps. */
function nextUniform(words: Int32Array): number {
  const high = nextWord(words) >>> 5;
  const low = nextWord(words) >>> 6;
  return (high * 67108864 + low) / 9007199254740992;
}

function rotateLeft(value: number, shift: number): number {
  return (value << shift) | (value >>> (32 - shift));
}
