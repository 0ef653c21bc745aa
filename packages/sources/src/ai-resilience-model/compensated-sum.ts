/**
 * A running sum with Neumaier's compensation (an improved Kahan summation): the rounding error of each
 * addition is carried and added back at the end, so the result is as accurate as the correctly rounded
 * sum in all but pathological cases. The model uses it so that occupations whose exact resilience is
 * equal (e.g. 15/18 and 5/6) also come out equal in floating point, and tie when they are ranked.
 *
 * @example
 * ```ts
 * const sum = new CompensatedSum();
 * for (const value of [0.1, 0.2, 0.3]) sum.add(value);
 * sum.value(); // 0.6 (a plain loop gives 0.6000000000000001)
 * ```
 */
export class CompensatedSum {
  #sum = 0;
  #compensation = 0;

  /**
   * Adds a value.
   *
   * @param value - the value to add.
   * @returns this sum, for chaining.
   */
  add(value: number): this {
    const total = this.#sum + value;
    this.#compensation += compensation(this.#sum, value, total);
    this.#sum = total;
    return this;
  }

  /**
   * The sum so far.
   *
   * @returns the compensated sum.
   */
  value(): number {
    return this.#sum + this.#compensation;
  }
}

/**
 * The compensated sum of a list of numbers (see {@link CompensatedSum}).
 *
 * @param values - the numbers.
 * @returns their sum; 0 for an empty list.
 * @example
 * ```ts
 * compensatedSum([0.1, 0.2, 0.3]); // 0.6
 * ```
 */
export function compensatedSum(values: Iterable<number>): number {
  const sum = new CompensatedSum();
  for (const value of values) sum.add(value);
  return sum.value();
}

/**
 * The rounding error of one floating-point addition `total = sum + value` (Neumaier's step), to be
 * accumulated and added to the final sum.
 *
 * @param sum - the running sum before the addition.
 * @param value - the value added.
 * @param total - `sum + value` as computed in floating point.
 * @returns the part of the exact sum that `total` lost.
 * @example
 * ```ts
 * compensation(1e16, 1, 1e16 + 1); // 1
 * ```
 */
export function compensation(sum: number, value: number, total: number): number {
  return Math.abs(sum) >= Math.abs(value) ? sum - total + value : value - total + sum;
}
