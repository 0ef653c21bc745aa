import type { Methodology } from './methodology.js';
import { MethodologyError } from './methodology-error.js';

// Which methodology objects passed validation, and the validator itself. Scoring reaches the validator
// through this module rather than importing it, so that scoring a validated methodology (a preset, or a
// result of parseMethodology) never loads zod: the command line starts about 50 ms faster. The validator
// registers itself when parse-methodology.ts is evaluated, which the package entry point always does.

const validated = new WeakSet<object>();
let validator: ((input: unknown) => Methodology) | undefined;

/**
 * Records that a (deeply frozen) methodology passed validation, so scoring need not validate it again.
 *
 * @internal
 */
export function markValidated<T extends object>(methodology: T): T {
  validated.add(methodology);
  return methodology;
}

/**
 * Whether a methodology object passed validation (a result of `parseMethodology` or a preset).
 *
 * @internal
 */
export function isValidatedMethodology(methodology: object): boolean {
  return validated.has(methodology);
}

/**
 * Registers the function that validates a methodology (done by parse-methodology.ts).
 *
 * @internal
 */
export function registerMethodologyValidator(validate: (input: unknown) => Methodology): void {
  validator = validate;
}

/**
 * The methodology itself when it passed validation, else the result of validating it.
 *
 * @internal
 */
export function toValidatedMethodology(methodology: Methodology): Methodology {
  if (validated.has(methodology)) return methodology;
  if (validator === undefined) {
    // Only reachable when a bundle keeps the scoring modules but drops parse-methodology.ts.
    throw new MethodologyError([
      {
        path: '',
        message:
          'has not been validated: pass it through parseMethodology or defineMethodology from @airesilience/core first',
      },
    ]);
  }
  return validator(methodology);
}

/**
 * Freezes an object and everything reachable from it.
 *
 * @internal
 */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}
