import {
  external_exports
} from "./chunk-EEYHAKFS.js";
import {
  DEFAULT_DISPERSION_THRESHOLDS,
  validateMethodologyAgainstDataset
} from "./chunk-I7RKLA7A.js";
import {
  MethodologyError,
  deepFreeze,
  markValidated,
  registerMethodologyValidator
} from "./chunk-VABRXRSJ.js";
import {
  AiResilienceError
} from "./chunk-SEOI6WVD.js";

// src/methodology-file.ts
import { readFile } from "fs/promises";

// ../core/src/methodology-schema.ts
var defaultSourceCaps = () => [
  { atMost: 4, level: "Medium-high" },
  { atMost: 3, level: "Medium" },
  { atMost: 2, level: "Low" }
];
var defaultAgreementSourceCaps = () => [
  { atMost: 2, level: "Medium-high" },
  { atMost: 1, level: "Medium" }
];
var defaultComparison = () => ({
  phrases: [
    { phrase: "much more resilient", atLeast: 0.8 },
    { phrase: "somewhat more resilient", atLeast: 0.5 },
    { phrase: "somewhat less resilient", atLeast: 0.2 },
    { phrase: "less resilient", atLeast: null }
  ],
  sentence: "{phrase} to AI impacts than most occupations, according to our analysis of {count} {sourceNoun}"
});
var describeInput = (input) => typeof input === "number" ? String(input) : input === void 0 ? "nothing" : JSON.stringify(input) ?? typeof input;
var FiniteNumberSchema = external_exports.number({
  error: (issue) => `must be a finite number, got ${describeInput(issue.input)}`
});
var IdSchema = external_exports.string().regex(/^[a-z0-9]+(?:[-_.][a-z0-9]+)*$/, "must be a lowercase id like anthropic-observed-exposure");
var TextSchema = external_exports.string().min(1, "must not be empty");
var ConfidenceLevelSchema = external_exports.literal(["High", "Medium-high", "Medium", "Low-medium", "Low"]);
var MethodologySourceSchema = external_exports.strictObject({
  /** The source id. */
  id: IdSchema,
  /** A short human label. */
  label: TextSchema,
  /** The weight inside the dimension. */
  weight: FiniteNumberSchema,
  /** What a higher native value means. */
  direction: external_exports.literal(["higher-is-more-exposed", "higher-is-more-resilient"]),
  /** The evidence group the source counts in for confidence. */
  evidenceGroup: IdSchema.exactOptional()
});
var MethodologyDimensionSchema = external_exports.strictObject({
  /** The dimension id. */
  id: IdSchema,
  /** The dimension label. */
  label: TextSchema,
  /** The weight of the dimension in the score. */
  weight: FiniteNumberSchema,
  /** The sources, at least one. */
  sources: external_exports.array(MethodologySourceSchema).min(1, "must list at least one source")
});
var TierDefinitionSchema = external_exports.strictObject({
  /** The tier's name. */
  name: TextSchema,
  /** The exclusive lower bound in percent, or null for the lowest tier. */
  above: FiniteNumberSchema.nullable()
});
var LevelRuleSchema = external_exports.discriminatedUnion("kind", [
  external_exports.strictObject({
    /** Fixed cuts. */
    kind: external_exports.literal("fixed"),
    /** Scores below it are `Low`. */
    low: FiniteNumberSchema,
    /** Scores at or above it are `High`. */
    high: FiniteNumberSchema
  }),
  external_exports.strictObject({
    /** Tercile cuts. */
    kind: external_exports.literal("terciles")
  })
]);
var CoverageCapSchema = external_exports.strictObject({
  /** The count at or below which the cap applies. */
  atMost: external_exports.int().nonnegative(),
  /** The highest level allowed. */
  level: ConfidenceLevelSchema
});
var ConfidenceRuleSchema = external_exports.strictObject({
  /** The dimension whose sources must agree. */
  agreementDimension: IdSchema,
  /** Dispersion cut-offs for High, Medium-high, Medium and Low-medium; default 0.1, 0.2, 0.3, 0.4. */
  dispersionThresholds: external_exports.tuple([FiniteNumberSchema, FiniteNumberSchema, FiniteNumberSchema, FiniteNumberSchema]).default(() => [...DEFAULT_DISPERSION_THRESHOLDS]),
  /** The dispersion assumed with fewer than two agreement sources; default 0.25. */
  dispersionWhenFewSources: FiniteNumberSchema.default(0.25),
  /** Caps from the number of sources with data; default as in methodology §5. */
  sourceCaps: external_exports.array(CoverageCapSchema).default(defaultSourceCaps),
  /** Caps from the number of agreement sources with data; default as in methodology §5. */
  agreementSourceCaps: external_exports.array(CoverageCapSchema).default(defaultAgreementSourceCaps)
});
var ComparisonPhraseSchema = external_exports.strictObject({
  /** The phrase. */
  phrase: TextSchema,
  /** The lowest score percentile for the phrase, or null for the last phrase. */
  atLeast: FiniteNumberSchema.nullable()
});
var ComparisonRuleSchema = external_exports.strictObject({
  /** The phrases from the highest to the lowest percentile. */
  phrases: external_exports.array(ComparisonPhraseSchema).min(1, "must list at least one phrase"),
  /** The sentence template. */
  sentence: TextSchema
});
var MethodologySchema = external_exports.strictObject({
  /** A stable id. */
  id: IdSchema,
  /** The methodology's own version. */
  version: TextSchema,
  /** The version of the specification it implements. */
  specificationVersion: TextSchema.exactOptional(),
  /** A human label. */
  label: TextSchema,
  /** A longer description. */
  description: external_exports.string().exactOptional(),
  /** The dimensions, at least one. */
  dimensions: external_exports.array(MethodologyDimensionSchema).min(1, "must list at least one dimension"),
  /** The tiers, highest first. */
  tiers: external_exports.array(TierDefinitionSchema).min(1, "must list at least one tier"),
  /** The dimension level rule; default fixed cuts 0.4 and 0.7. */
  levels: LevelRuleSchema.default(() => ({ kind: "fixed", low: 0.4, high: 0.7 })),
  /** The confidence rule. */
  confidence: ConfidenceRuleSchema,
  /** The tie rule; default `average`. */
  ties: external_exports.literal(["average", "strict"]).default("average"),
  /** The weighting rule; default `none`. */
  weighting: external_exports.literal(["none", "employment"]).default("none"),
  /** The comparison rule; default the phrases of methodology §4. */
  comparison: ComparisonRuleSchema.default(defaultComparison),
  /** Scenario options recorded in every result; default none. */
  scenario: external_exports.record(external_exports.string(), external_exports.union([external_exports.string(), FiniteNumberSchema, external_exports.boolean(), external_exports.null()])).default(() => ({}))
});

// ../core/src/parse-methodology.ts
var WEIGHT_TOLERANCE = 1e-9;
var FORBIDDEN_NAMES = /* @__PURE__ */ new Set(["__proto__", "constructor", "prototype"]);
var MAX_DEPTH = 32;
function parseMethodology(json, options = {}) {
  const forbidden = [];
  findForbiddenKeys(json, "", forbidden, /* @__PURE__ */ new Set(), 0);
  if (forbidden.length > 0) throw new MethodologyError(forbidden);
  const parsed = MethodologySchema.safeParse(json);
  if (!parsed.success) throw new MethodologyError(parsed.error.issues.map(toIssue));
  const methodology = parsed.data;
  const issues = checkMethodologyRules(methodology, options);
  if (issues.length > 0) throw new MethodologyError(issues);
  return markValidated(deepFreeze(methodology));
}
function toIssue(issue) {
  return { path: formatPath(issue.path), message: issue.message };
}
function formatPath(path) {
  let text = "";
  for (const key of path) {
    if (typeof key === "number") text += `[${key}]`;
    else text += text === "" ? String(key) : `.${String(key)}`;
  }
  return text;
}
function findForbiddenKeys(value, path, issues, seen, depth) {
  if (typeof value !== "object" || value === null || seen.has(value)) return;
  seen.add(value);
  if (depth >= MAX_DEPTH) {
    issues.push({ path: path || "(root)", message: `nests more than ${MAX_DEPTH} levels deep` });
    return;
  }
  if (Array.isArray(value)) {
    value.forEach((item, index) => {
      findForbiddenKeys(item, `${path}[${index}]`, issues, seen, depth + 1);
    });
    return;
  }
  for (const key of Reflect.ownKeys(value)) {
    const name = String(key);
    const child = path === "" ? name : `${path}.${name}`;
    if (FORBIDDEN_NAMES.has(name)) {
      issues.push({ path: child, message: `the key ${JSON.stringify(name)} is not allowed` });
      continue;
    }
    const descriptor = Object.getOwnPropertyDescriptor(value, key);
    if (descriptor && "value" in descriptor)
      findForbiddenKeys(descriptor.value, child, issues, seen, depth + 1);
  }
}
function checkMethodologyRules(methodology, options) {
  const issues = [];
  const add = (path, message) => issues.push({ path, message });
  const known = options.knownSourceIds === void 0 ? null : new Set(options.knownSourceIds);
  const reserved = (path, id) => {
    if (FORBIDDEN_NAMES.has(id)) add(path, `the id ${JSON.stringify(id)} is reserved`);
  };
  checkWeights(
    methodology.dimensions.map((dimension) => dimension.weight),
    "dimensions",
    "dimension weights",
    add
  );
  const dimensionIds = /* @__PURE__ */ new Map();
  const sourceIds = /* @__PURE__ */ new Map();
  const groupMembers = /* @__PURE__ */ new Map();
  methodology.dimensions.forEach((dimension, d) => {
    const dimensionPath = `dimensions[${d}]`;
    reserved(`${dimensionPath}.id`, dimension.id);
    const earlier = dimensionIds.get(dimension.id);
    if (earlier !== void 0) {
      add(
        `${dimensionPath}.id`,
        `duplicate dimension id ${JSON.stringify(dimension.id)} (also dimensions[${earlier}])`
      );
    } else dimensionIds.set(dimension.id, d);
    checkWeights(
      dimension.sources.map((source) => source.weight),
      `${dimensionPath}.sources`,
      `source weights of dimension ${dimension.id}`,
      add
    );
    dimension.sources.forEach((source, s) => {
      const sourcePath = `${dimensionPath}.sources[${s}]`;
      reserved(`${sourcePath}.id`, source.id);
      const first = sourceIds.get(source.id);
      if (first !== void 0)
        add(`${sourcePath}.id`, `duplicate source id ${JSON.stringify(source.id)} (also ${first})`);
      else sourceIds.set(source.id, sourcePath);
      if (known !== null && !known.has(source.id)) {
        add(
          `${sourcePath}.id`,
          `unknown source ${JSON.stringify(source.id)} (known: ${[...known].sort().join(", ") || "none"})`
        );
      }
      if (source.evidenceGroup !== void 0) {
        reserved(`${sourcePath}.evidenceGroup`, source.evidenceGroup);
        const members = groupMembers.get(source.evidenceGroup) ?? [];
        members.push(source.id);
        groupMembers.set(source.evidenceGroup, members);
      }
    });
  });
  for (const [group, members] of groupMembers) {
    const clash = sourceIds.get(group);
    if (clash !== void 0 && !members.includes(group)) {
      add(
        `${clash}.id`,
        `the source id ${JSON.stringify(group)} is also an evidence group of other sources (${members.join(", ")})`
      );
    }
  }
  checkTiers(methodology, add);
  if (methodology.levels.kind === "fixed") {
    const { low, high } = methodology.levels;
    if (!(low >= 0 && low <= high && high <= 1))
      add("levels", `level cuts must satisfy 0 \u2264 low \u2264 high \u2264 1 (got low ${low}, high ${high})`);
  }
  const confidence = methodology.confidence;
  if (!dimensionIds.has(confidence.agreementDimension)) {
    add(
      "confidence.agreementDimension",
      `unknown dimension ${JSON.stringify(confidence.agreementDimension)} (dimensions: ${[...dimensionIds.keys()].join(", ")})`
    );
  }
  confidence.dispersionThresholds.forEach((threshold, index) => {
    if (threshold < 0) add(`confidence.dispersionThresholds[${index}]`, `must be \u2265 0, got ${threshold}`);
    const previous = confidence.dispersionThresholds[index - 1];
    if (previous !== void 0 && threshold < previous) {
      add(
        `confidence.dispersionThresholds[${index}]`,
        `thresholds must not decrease (${threshold} < ${previous})`
      );
    }
  });
  if (confidence.dispersionWhenFewSources < 0) {
    add("confidence.dispersionWhenFewSources", `must be \u2265 0, got ${confidence.dispersionWhenFewSources}`);
  }
  checkComparison(methodology, add);
  for (const key of Object.keys(methodology.scenario)) reserved(`scenario.${key}`, key);
  return issues;
}
function checkWeights(weights, path, what, add) {
  let sum = 0;
  let valid = true;
  weights.forEach((weight, index) => {
    if (!(weight > 0)) {
      add(`${path}[${index}].weight`, `weights must be > 0, got ${weight}`);
      valid = false;
    }
    sum += weight;
  });
  if (valid && Math.abs(sum - 1) > WEIGHT_TOLERANCE) add(path, `${what} must sum to 1 (got ${sum})`);
}
function checkTiers(methodology, add) {
  const names = /* @__PURE__ */ new Map();
  const tiers = methodology.tiers;
  tiers.forEach((tier, index) => {
    const path = `tiers[${index}]`;
    const earlier = names.get(tier.name);
    if (earlier !== void 0)
      add(`${path}.name`, `duplicate tier name ${JSON.stringify(tier.name)} (also tiers[${earlier}])`);
    else names.set(tier.name, index);
    const last = index === tiers.length - 1;
    if (last) {
      if (tier.above !== null)
        add(`${path}.above`, `the last (lowest) tier must have above: null, got ${tier.above}`);
      return;
    }
    if (tier.above === null) {
      add(
        `${path}.above`,
        "only the last (lowest) tier may have above: null; list tiers from highest to lowest"
      );
      return;
    }
    if (tier.above < 0 || tier.above >= 100) add(`${path}.above`, `must be in [0, 100), got ${tier.above}`);
    const previous = index > 0 ? tiers[index - 1].above : null;
    if (index > 0 && previous !== null && !(tier.above < previous)) {
      add(
        `${path}.above`,
        `tiers overlap or are not sorted: list them from highest to lowest with strictly decreasing cut-offs (${tier.above} is not below tiers[${index - 1}].above ${previous})`
      );
    }
  });
}
function checkComparison(methodology, add) {
  const phrases = methodology.comparison.phrases;
  phrases.forEach((entry, index) => {
    const path = `comparison.phrases[${index}].atLeast`;
    const last = index === phrases.length - 1;
    if (last) {
      if (entry.atLeast !== null) add(path, `the last phrase must have atLeast: null, got ${entry.atLeast}`);
      return;
    }
    if (entry.atLeast === null) {
      add(path, "only the last phrase may have atLeast: null; list phrases from highest to lowest");
      return;
    }
    if (entry.atLeast < 0 || entry.atLeast > 1) add(path, `must be in [0, 1], got ${entry.atLeast}`);
    const previous = index > 0 ? phrases[index - 1].atLeast : null;
    if (index > 0 && previous !== null && !(entry.atLeast < previous)) {
      add(
        path,
        `phrases must be listed with strictly decreasing thresholds (${entry.atLeast} is not below ${previous})`
      );
    }
  });
}
registerMethodologyValidator((input) => parseMethodology(input));

// src/methodology-file.ts
async function readMethodologyFile(path, dataset, shownPath = path) {
  let text;
  try {
    text = await readFile(path, "utf8");
  } catch (cause) {
    throw new AiResilienceError(
      "IO",
      `cannot read the methodology file ${shownPath}: ${cause.message}`,
      {
        cause
      }
    );
  }
  let json;
  try {
    json = JSON.parse(text);
  } catch (cause) {
    throw new AiResilienceError(
      "INVALID_METHODOLOGY",
      `${shownPath} is not valid JSON: ${cause.message}`,
      {
        cause
      }
    );
  }
  try {
    const methodology = parseMethodology(
      json,
      dataset ? { knownSourceIds: Object.keys(dataset.sources) } : {}
    );
    if (dataset) validateMethodologyAgainstDataset(methodology, dataset);
    return methodology;
  } catch (error) {
    if (AiResilienceError.isInstance(error)) {
      throw new AiResilienceError(error.code, `${shownPath}: ${error.message}`, { cause: error });
    }
    throw error;
  }
}
export {
  readMethodologyFile
};
//# sourceMappingURL=methodology-file-XUWC3Y7V.js.map