import { expectTypeOf, test } from 'vitest';
import type { z } from 'zod';
import type {
  ComparisonRule,
  ConfidenceRule,
  LevelRule,
  Methodology,
  MethodologyInput,
  MethodologySource,
} from './methodology.js';
import type {
  ComparisonRuleSchema,
  ConfidenceRuleSchema,
  LevelRuleSchema,
  MethodologySchema,
  MethodologySourceSchema,
} from './methodology-schema.js';
import type { defineMethodology } from './parse-methodology.js';

test('the schemas produce exactly the documented interfaces', () => {
  expectTypeOf<z.output<typeof MethodologySchema>>().toEqualTypeOf<Methodology>();
  expectTypeOf<z.output<typeof MethodologySourceSchema>>().toEqualTypeOf<MethodologySource>();
  expectTypeOf<z.output<typeof LevelRuleSchema>>().toEqualTypeOf<LevelRule>();
  expectTypeOf<z.output<typeof ConfidenceRuleSchema>>().toEqualTypeOf<ConfidenceRule>();
  expectTypeOf<z.output<typeof ComparisonRuleSchema>>().toEqualTypeOf<ComparisonRule>();
});

test('a methodology input may leave out the rules that have defaults', () => {
  expectTypeOf<Methodology>().toExtend<MethodologyInput>();
  expectTypeOf<typeof defineMethodology>().parameter(0).toEqualTypeOf<MethodologyInput>();
  expectTypeOf<Pick<MethodologyInput, 'confidence'>>().toExtend<{
    confidence: { agreementDimension: string };
  }>();
});
