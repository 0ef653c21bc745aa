/**
 * Lists every number anywhere in a value (records, nested metrics, distributions) that is NaN or infinite.
 *
 * @param value - the value to walk.
 * @param path - the path of `value`, for the report.
 * @param found - the list to add to.
 * @returns the paths and values of the non-finite numbers; empty when there are none.
 */
export function nonFiniteNumbers(value: unknown, path = '$', found: string[] = []): string[] {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) found.push(`${path} = ${value}`);
  } else if (Array.isArray(value)) {
    value.forEach((item, index) => {
      nonFiniteNumbers(item, `${path}[${index}]`, found);
    });
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) nonFiniteNumbers(item, `${path}.${key}`, found);
  }
  return found;
}
