import type { Dataset } from './dataset.js';
import type { Methodology } from './methodology.js';
import { MethodologyError, type MethodologyIssue } from './methodology-error.js';

/**
 * Checks that a dataset has every source a methodology uses, with the same direction as the source's
 * descriptor. Scoring runs this check itself; call it to fail early (e.g. when a user loads a methodology
 * file).
 *
 * @param methodology - a validated methodology.
 * @param dataset - the dataset it will score.
 * @throws {@link MethodologyError} naming each source the dataset lacks (with the ids it has) and each
 *   direction that contradicts the dataset's descriptor.
 * @example
 * ```ts
 * validateMethodologyAgainstDataset(EXTENDED_EVIDENCE_METHODOLOGY, dataset);
 * // throws when the dataset was built without `aioe`:
 * // 'Invalid methodology for dataset "…": dimensions[0].sources[5].id: source "aioe" is not in the dataset (it has: …)'
 * ```
 */
export function validateMethodologyAgainstDataset(methodology: Methodology, dataset: Dataset): void {
  const issues: MethodologyIssue[] = [];
  const available = Object.keys(dataset.sources ?? {}).sort();
  methodology.dimensions.forEach((dimension, d) => {
    dimension.sources.forEach((source, s) => {
      const path = `dimensions[${d}].sources[${s}]`;
      if (!Object.hasOwn(dataset.sources ?? {}, source.id)) {
        issues.push({
          path: `${path}.id`,
          message: `source ${JSON.stringify(source.id)} is not in the dataset (it has: ${available.join(', ') || 'none'})`,
        });
        return;
      }
      const direction = dataset.sources[source.id]!.descriptor?.direction;
      if (direction !== undefined && direction !== source.direction) {
        issues.push({
          path: `${path}.direction`,
          message: `source ${JSON.stringify(source.id)} is ${source.direction} here but ${direction} in the dataset's descriptor`,
        });
      }
    });
  });
  if (issues.length > 0)
    throw new MethodologyError(issues, `methodology for dataset ${JSON.stringify(dataset.label)}`);
}
