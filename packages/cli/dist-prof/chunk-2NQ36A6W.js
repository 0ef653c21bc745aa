import {
  deepFreeze,
  markValidated
} from "./chunk-VABRXRSJ.js";
import {
  AiResilienceError
} from "./chunk-SEOI6WVD.js";

// ../core/src/source-ids.ts
var SOURCE_IDS = Object.freeze({
  /** The open task-level AI Resilience Model (methodology §6), higher = more resilient. */
  aiResilienceModel: "ai-resilience-model",
  /** Anthropic observed exposure (Massenkoff & McCrory 2026), higher = more exposed. */
  anthropicObservedExposure: "anthropic-observed-exposure",
  /** Microsoft AI applicability (Tomlinson et al. 2025), higher = more exposed. */
  microsoftAiApplicability: "microsoft-ai-applicability",
  /** Will Robots Take My Job automation probability (Frey & Osborne), higher = more exposed. */
  willRobotsTakeMyJob: "will-robots-take-my-job",
  /** BLS projected annual openings 2024–34, higher = more resilient. */
  blsAnnualOpenings: "bls-annual-openings",
  /** BLS projected employment change 2024–34 in percent, higher = more resilient. */
  blsEmploymentChange: "bls-employment-change",
  /** Wage bill change (Althoff & Reichardt 2026), higher = more resilient. */
  wageBill: "wage-bill",
  /** Adaptive capacity (Manning & Aguirre 2026, or its open proxy), higher = more resilient. */
  adaptiveCapacity: "adaptive-capacity",
  /** Eloundou et al. GPT-4 exposure at occupation level, higher = more exposed. */
  eloundouGpt4Exposure: "eloundou-gpt4-exposure",
  /** AI Occupational Exposure (Felten, Raj & Seamans), higher = more exposed. */
  aioe: "aioe"
});
var KNOWN_SOURCE_IDS = Object.freeze(Object.values(SOURCE_IDS));

// ../core/src/default-methodology.ts
var exposure = "higher-is-more-exposed";
var resilience = "higher-is-more-resilient";
var lteDimension = () => ({
  id: "lte",
  label: "Long-term Employer Demand",
  weight: 0.3,
  sources: [
    {
      id: SOURCE_IDS.blsAnnualOpenings,
      label: "BLS projected annual openings, 2024\u201334",
      weight: 0.6,
      direction: resilience,
      evidenceGroup: "bls"
    },
    {
      id: SOURCE_IDS.blsEmploymentChange,
      label: "BLS projected employment change, 2024\u201334",
      weight: 0.4,
      direction: resilience,
      evidenceGroup: "bls"
    }
  ]
});
var seoDimension = () => ({
  id: "seo",
  label: "Sustained Economic Opportunity",
  weight: 0.3,
  sources: [
    { id: SOURCE_IDS.wageBill, label: "Wage bill change", weight: 0.67, direction: resilience },
    { id: SOURCE_IDS.adaptiveCapacity, label: "Adaptive capacity", weight: 0.33, direction: resilience }
  ]
});
var mhcSources = () => [
  {
    id: SOURCE_IDS.aiResilienceModel,
    label: "AI Resilience Model (open, task level)",
    direction: resilience
  },
  { id: SOURCE_IDS.anthropicObservedExposure, label: "Anthropic observed exposure", direction: exposure },
  { id: SOURCE_IDS.microsoftAiApplicability, label: "Microsoft AI applicability", direction: exposure },
  { id: SOURCE_IDS.willRobotsTakeMyJob, label: "Will Robots Take My Job", direction: exposure }
];
var sharedRules = () => ({
  tiers: [
    { name: "Highly Resilient", above: 80 },
    { name: "Resilient", above: 65 },
    { name: "Mostly Resilient", above: 50 },
    { name: "Somewhat Resilient", above: 35 },
    { name: "Not Very Resilient", above: 22 },
    { name: "Vulnerable", above: null }
  ],
  levels: { kind: "fixed", low: 0.4, high: 0.7 },
  confidence: {
    agreementDimension: "mhc",
    dispersionThresholds: [0.1, 0.2, 0.3, 0.4],
    dispersionWhenFewSources: 0.25,
    sourceCaps: [
      { atMost: 4, level: "Medium-high" },
      { atMost: 3, level: "Medium" },
      { atMost: 2, level: "Low" }
    ],
    agreementSourceCaps: [
      { atMost: 2, level: "Medium-high" },
      { atMost: 1, level: "Medium" }
    ]
  },
  ties: "average",
  weighting: "none",
  comparison: {
    phrases: [
      { phrase: "much more resilient", atLeast: 0.8 },
      { phrase: "somewhat more resilient", atLeast: 0.5 },
      { phrase: "somewhat less resilient", atLeast: 0.2 },
      { phrase: "less resilient", atLeast: null }
    ],
    sentence: "{phrase} to AI impacts than most occupations, according to our analysis of {count} {sourceNoun}"
  },
  scenario: { wageBillScenario: "v1.2-gen_plus_physical_ai" }
});
var DEFAULT_METHODOLOGY = markValidated(
  deepFreeze({
    id: "ai-resilience-report-1.5",
    version: "1.5",
    specificationVersion: "2",
    label: "AI Resilience Report v1.5",
    description: "The CareerVillage.org AI Resilience Report method (model v1.5), reconstructed as specification version 2, with an open task-level AI Resilience Model.",
    dimensions: [
      {
        id: "mhc",
        label: "Meaningful Human Contribution",
        weight: 0.4,
        sources: mhcSources().map((source) => ({ ...source, weight: 0.25 }))
      },
      lteDimension(),
      seoDimension()
    ],
    ...sharedRules()
  })
);
var EXTENDED_EVIDENCE_METHODOLOGY = markValidated(
  deepFreeze({
    id: "extended-evidence-1.5",
    version: "1.5",
    specificationVersion: "2",
    label: "AI Resilience Report v1.5 with extended exposure evidence",
    description: "The default method with two more occupation-level exposure measures in Meaningful Human Contribution: Eloundou et al. GPT-4 exposure and the AI Occupational Exposure index (AIOE).",
    dimensions: [
      {
        id: "mhc",
        label: "Meaningful Human Contribution",
        weight: 0.4,
        sources: [
          ...mhcSources(),
          {
            id: SOURCE_IDS.eloundouGpt4Exposure,
            label: "Eloundou et al. GPT-4 exposure",
            direction: exposure
          },
          { id: SOURCE_IDS.aioe, label: "AI Occupational Exposure (AIOE)", direction: exposure }
        ].map((source) => ({ ...source, weight: 1 / 6 }))
      },
      lteDimension(),
      seoDimension()
    ],
    ...sharedRules()
  })
);

// ../report/src/csv-cell.ts
function toCsvCell(value) {
  if (value === null) return "";
  if (typeof value === "number")
    return Number.isFinite(value) ? String(Object.is(value, -0) ? 0 : value) : "";
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

// ../report/src/format-csv.ts
var FIRST_COLUMNS = ["code", "title", "score", "score_percent", "tier", "confidence"];
function columnName(id) {
  return id.toLowerCase().replace(/[^a-z0-9]+/g, "_").replace(/^_+|_+$/g, "") || "unnamed";
}
function numberCell(value) {
  return Number.isFinite(value) ? String(value) : "";
}
function valueColumns(dimensionIds, sourceIds) {
  const columns2 = [];
  for (const id of dimensionIds) columns2.push(`${columnName(id)}_score`, `${columnName(id)}_level`);
  for (const id of sourceIds) {
    columns2.push(`${columnName(id)}_raw`, `${columnName(id)}_percentile`, `${columnName(id)}_contribution`);
  }
  return columns2;
}
function formatCsv(input, options = {}) {
  const results = (Array.isArray(input) ? input : [input]).map(
    (row) => row.result
  );
  const columns2 = [...FIRST_COLUMNS];
  const dimensionIds = [];
  const sourceIds = [];
  for (const result of results) {
    for (const dimension of result.dimensions) {
      if (!dimensionIds.includes(dimension.id)) dimensionIds.push(dimension.id);
      for (const source of dimension.sources) {
        if (!sourceIds.includes(source.sourceId)) sourceIds.push(source.sourceId);
      }
    }
  }
  columns2.push(...valueColumns(dimensionIds, sourceIds));
  const rows = results.map((result) => {
    const cells = [
      toCsvCell(result.code),
      toCsvCell(result.title),
      toCsvCell(result.score),
      toCsvCell(result.scorePercent),
      toCsvCell(result.tier.name),
      toCsvCell(result.confidence.level)
    ];
    const dimensions = /* @__PURE__ */ new Map();
    const sources = /* @__PURE__ */ new Map();
    for (const dimension of result.dimensions) {
      if (!dimensions.has(dimension.id)) dimensions.set(dimension.id, dimension);
      for (const source of dimension.sources)
        if (!sources.has(source.sourceId)) sources.set(source.sourceId, source);
    }
    for (const id of dimensionIds) {
      const dimension = dimensions.get(id);
      cells.push(toCsvCell(dimension?.score ?? null), toCsvCell(dimension?.level ?? null));
    }
    for (const id of sourceIds) {
      const source = sources.get(id);
      cells.push(
        toCsvCell(source?.raw ?? null),
        toCsvCell(source?.percentile ?? null),
        toCsvCell(source && !source.missing ? source.contribution : null)
      );
    }
    return cells.join(",");
  });
  if (options.header ?? true) rows.unshift(columns2.map(toCsvCell).join(","));
  return rows.map((row) => `${row}\r
`).join("");
}
function formatCsvTable(table2, options = {}) {
  const dimensions = table2.length === 0 ? [] : table2.dimensions;
  const sources = [];
  const seen = /* @__PURE__ */ new Set();
  if (table2.length > 0) {
    for (const source of table2.sources) {
      if (seen.has(source.id)) continue;
      seen.add(source.id);
      sources.push(source);
    }
  }
  const escaped = /* @__PURE__ */ new Map();
  const label = (value) => {
    if (value === null) return "";
    let cell = escaped.get(value);
    if (cell === void 0) {
      cell = toCsvCell(value);
      escaped.set(value, cell);
    }
    return cell;
  };
  const lines = [];
  if (options.header ?? true) {
    const columns2 = [
      ...FIRST_COLUMNS,
      ...valueColumns(
        dimensions.map((dimension) => dimension.id),
        sources.map((source) => source.id)
      )
    ];
    lines.push(`${columns2.map(toCsvCell).join(",")}\r
`);
  }
  const cells = new Array(FIRST_COLUMNS.length + 2 * dimensions.length + 3 * sources.length);
  for (let i = 0; i < table2.length; i++) {
    cells[0] = toCsvCell(table2.codes[i]);
    cells[1] = toCsvCell(table2.titles[i]);
    cells[2] = numberCell(table2.scores[i]);
    cells[3] = numberCell(table2.scorePercents[i]);
    cells[4] = label(table2.tiers[i]);
    cells[5] = label(table2.confidence[i]);
    let c = 6;
    for (let d = 0; d < dimensions.length; d++) {
      const dimension = dimensions[d];
      cells[c++] = numberCell(dimension.scores[i]);
      cells[c++] = label(dimension.levels[i]);
    }
    for (let k = 0; k < sources.length; k++) {
      const source = sources[k];
      const percentile = source.percentiles[i];
      cells[c++] = numberCell(source.raws[i]);
      cells[c++] = numberCell(percentile);
      cells[c++] = Number.isNaN(percentile) ? "" : numberCell(source.contributions[i]);
    }
    lines.push(`${cells.join(",")}\r
`);
  }
  return lines.join("");
}

// ../report/src/escape-html.ts
var HTML_ESCAPES = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
  "`": "&#96;"
};
function escapeHtml(text) {
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, "").replace(/[&<>"'`]/g, (character) => HTML_ESCAPES[character] ?? character);
}

// ../report/src/number-format.ts
var DASH = "\u2014";
function roundHalfUp(value, decimals) {
  const factor = 10 ** decimals;
  return Math.floor(value * factor + 0.5 + 1e-9) / factor;
}
function fixed(value, decimals) {
  const text = roundHalfUp(value, decimals).toFixed(decimals);
  return /^-0(\.0+)?$/.test(text) ? text.slice(1) : text;
}
function groupThousands(text) {
  const [whole = "", fraction] = text.split(".");
  const sign = whole.startsWith("-") ? "-" : "";
  const digits = sign ? whole.slice(1) : whole;
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return fraction === void 0 ? `${sign}${grouped}` : `${sign}${grouped}.${fraction}`;
}
function formatPercent(fraction, decimals = 1) {
  if (fraction == null || !Number.isFinite(fraction)) return DASH;
  return `${fixed(fraction * 100, decimals)} %`;
}
function formatSignedPercent(percent, decimals = 1) {
  if (percent == null || !Number.isFinite(percent)) return DASH;
  const text = fixed(percent, decimals);
  return `${percent > 0 && !/^0(\.0+)?$/.test(text) ? "+" : ""}${text} %`;
}
function formatPercentile(fraction) {
  if (fraction == null || !Number.isFinite(fraction)) return DASH;
  return fixed(fraction * 100, 1);
}
function formatPoints(fraction, decimals = 2) {
  if (fraction == null || !Number.isFinite(fraction)) return DASH;
  return `${fixed(fraction * 100, decimals)} pts`;
}
function formatDecimal(value, decimals = 4) {
  if (value == null || !Number.isFinite(value)) return DASH;
  const text = fixed(value, decimals);
  const trimmed = text.includes(".") ? text.replace(/0+$/, "").replace(/\.$/, "") : text;
  return groupThousands(trimmed === "-0" ? "0" : trimmed);
}
function formatThousands(thousands) {
  if (thousands == null || !Number.isFinite(thousands)) return DASH;
  return groupThousands(fixed(thousands * 1e3, 0));
}
function formatDollars(value, topCoded = false) {
  if (value == null || !Number.isFinite(value)) return DASH;
  return `${topCoded ? "\u2265 " : ""}$${groupThousands(fixed(value, 0))}`;
}
function formatWeight(weight) {
  if (weight == null || !Number.isFinite(weight)) return DASH;
  return `${formatDecimal(weight * 100, 1)} %`;
}
function numberWord(count) {
  const words = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve"
  ];
  return Number.isInteger(count) && count >= 0 && count < words.length ? words[count] : String(count);
}
function joinWords(items) {
  if (items.length <= 1) return items[0] ?? "";
  return `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
}
function capitalise(text) {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

// ../report/src/source-guide.ts
var SOURCE_GUIDES = Object.freeze([
  {
    id: "ai-resilience-model",
    pattern: /resilience-model|(^|-)arm($|-)|task-model/,
    shortName: "the AI Resilience Model",
    explanation: "Weighted mean resilience of the occupation's O*NET tasks, from public task-level ratings of what AI can do (open AI Resilience Model, 0\u20131); higher = more resilient.",
    formatRaw: (raw) => formatDecimal(raw, 4)
  },
  {
    id: "anthropic-observed-exposure",
    pattern: /anthropic/,
    shortName: "Anthropic observed exposure",
    explanation: "Share of the occupation's tasks seen performed in Claude usage (Anthropic Economic Index, 0\u20131); higher = more exposed.",
    formatRaw: (raw) => formatDecimal(raw, 4)
  },
  {
    id: "microsoft-ai-applicability",
    pattern: /microsoft|copilot/,
    shortName: "Microsoft AI applicability",
    explanation: "How much of the occupation's work Bing Copilot conversations show AI doing or assisting (Tomlinson et al. 2025, 0\u20131); higher = more exposed.",
    formatRaw: (raw) => formatDecimal(raw, 4)
  },
  {
    id: "will-robots-take-my-job",
    pattern: /robots|frey|osborne|wrtmj/,
    shortName: "Will Robots Take My Job",
    explanation: "Estimated probability that the occupation is automated (Frey & Osborne, via Will Robots Take My Job, 0\u2013100 %); higher = more exposed.",
    formatRaw: (raw) => `${formatDecimal(raw, 1)} %`
  },
  {
    id: "eloundou-gpt4-exposure",
    pattern: /eloundou|gpt4|gpt-4/,
    shortName: "Eloundou et al. GPT-4 exposure",
    explanation: "Share of the occupation's tasks that GPT-4 and software built on it could do at least 50 % faster (Eloundou et al. 2024, \u03B2 measure, 0\u20131); higher = more exposed.",
    formatRaw: (raw) => formatDecimal(raw, 4)
  },
  {
    id: "aioe",
    pattern: /(^|-)aioe($|-)|occupational-exposure/,
    shortName: "AI Occupational Exposure (AIOE)",
    explanation: "How closely the occupation's abilities relate to measured AI progress (Felten, Raj & Seamans 2021, standardised, 0 = average); higher = more exposed.",
    formatRaw: (raw) => formatDecimal(raw, 3)
  },
  {
    id: "bls-annual-openings",
    pattern: /opening/,
    shortName: "annual openings",
    explanation: "Projected job openings a year, 2024\u201334, from growth and from workers leaving (BLS Employment Projections); higher = more resilient.",
    formatRaw: (raw) => `${formatThousands(raw)} a year`
  },
  {
    id: "bls-employment-change",
    pattern: /employment-change|growth|percent-change|projected-change/,
    shortName: "employment growth",
    explanation: "Projected change in employment, 2024\u201334, in percent (BLS Employment Projections); higher = more resilient.",
    formatRaw: (raw) => formatSignedPercent(raw, 1)
  },
  {
    id: "wage-bill",
    pattern: /wage-bill|wagebill/,
    shortName: "wage bill",
    explanation: "Modelled change in the occupation group's total pay once AI is adopted (Althoff & Reichardt 2026); higher = more resilient.",
    formatRaw: (raw) => formatSignedPercent(raw * 100, 1)
  },
  {
    id: "adaptive-capacity",
    pattern: /adaptive/,
    shortName: "adaptive capacity",
    explanation: "Workers' capacity to move to other work if displaced: transferable skills and local job density (Manning & Aguirre 2026, or its open proxy, 0\u2013100); higher = more resilient.",
    formatRaw: (raw) => `${formatDecimal(raw, 1)} of 100`
  }
]);
function findSourceGuide(sourceId) {
  const id = sourceId.toLowerCase();
  return SOURCE_GUIDES.find((guide) => guide.id === id) ?? SOURCE_GUIDES.find((guide) => guide.pattern.test(id)) ?? null;
}
function explainSource(source) {
  const guide = findSourceGuide(source.sourceId);
  if (guide) return guide.explanation;
  return source.direction === "higher-is-more-exposed" ? `${source.label}, as published; higher = more exposed.` : `${source.label}, as published; higher = more resilient.`;
}
function formatSourceRaw(source) {
  if (source.raw === null || !Number.isFinite(source.raw)) return "no data";
  const guide = findSourceGuide(source.sourceId);
  return guide ? guide.formatRaw(source.raw) : formatDecimal(source.raw, 4);
}
function sourceShortName(source) {
  return findSourceGuide(source.sourceId)?.shortName ?? source.label;
}

// ../report/src/agreement-dimension.ts
function agreementDimension(result, methodology) {
  const id = methodology?.confidence.agreementDimension ?? "mhc";
  return result.dimensions.find((dimension) => dimension.id === id) ?? result.dimensions.find(
    (dimension) => dimension.sources.some((source) => source.direction === "higher-is-more-exposed")
  ) ?? result.dimensions[0] ?? null;
}
function allSources(result) {
  return result.dimensions.flatMap((dimension) => dimension.sources);
}
function bandOf(value) {
  return value < 0.4 ? "low" : value >= 0.7 ? "high" : "medium";
}
function hasData(source) {
  return !source.missing && source.percentile !== null && Number.isFinite(source.percentile);
}

// ../report/src/describe-drivers.ts
var DIMENSION_NOUNS = {
  mhc: "human contribution",
  lte: "hiring demand",
  seo: "economic opportunity"
};
var EXPOSURE_EFFECT = {
  Low: "pulling {noun} low",
  Med: "leaving {noun} at medium",
  High: "keeping {noun} high"
};
function nounOf(dimension) {
  return DIMENSION_NOUNS[dimension.id] ?? dimension.label.toLowerCase();
}
function describeDrivers(result, methodology) {
  const exposure2 = agreementDimension(result, methodology);
  const sentences = [];
  if (exposure2) sentences.push(describeExposure(exposure2));
  const rest = describeOthers(result.dimensions.filter((dimension) => dimension !== exposure2));
  if (rest) sentences.push(rest);
  return sentences.join(" ");
}
function describeExposure(dimension) {
  const available = dimension.sources.filter(hasData);
  const missing = dimension.sources.filter((source) => !hasData(source)).map(sourceShortName);
  if (available.length === 0 || dimension.score === null || dimension.level === null) {
    return `No AI-exposure source had data, so ${nounOf(dimension)} could not be scored.`;
  }
  const names = (band) => joinWords(available.filter((source) => bandOf(source.percentile) === band).map(sourceShortName));
  const clauses = [
    [names("low"), "flagged high AI exposure"],
    [names("high"), "found little AI exposure"],
    [names("medium"), "put AI exposure at medium"]
  ].filter(([subject]) => subject !== "").map(([subject, verb]) => `${subject} ${verb}`);
  const effect = EXPOSURE_EFFECT[dimension.level].replace("{noun}", nounOf(dimension));
  const without = missing.length > 0 ? ` (no data from ${joinWords(missing)})` : "";
  return `${capitalise(joinClauses(clauses))}, ${effect}${without}.`;
}
function joinClauses(clauses) {
  if (clauses.length <= 1) return clauses[0] ?? "";
  return `${clauses.slice(0, -1).join(", ")}, while ${clauses.at(-1)}`;
}
function describeOthers(dimensions) {
  const items = [];
  const missing = [];
  for (const dimension of dimensions) {
    const available = dimension.sources.filter(hasData);
    missing.push(...dimension.sources.filter((source) => !hasData(source)).map(sourceShortName));
    if (available.length === 0) {
      if (dimension.sources.length === 0) missing.push(nounOf(dimension));
      continue;
    }
    const bands = new Set(available.map((source) => bandOf(source.percentile)));
    const [only] = bands;
    if (available.length >= 2 && bands.size === 1 && only !== void 0) {
      const adjective = only === "high" ? "strong " : only === "low" ? "weak " : "";
      items.push({ band: only, text: `${adjective}${nounOf(dimension)}` });
    } else {
      for (const source of available)
        items.push({ band: bandOf(source.percentile), text: sourceShortName(source) });
    }
  }
  const list = (band) => joinWords(items.filter((item) => item.band === band).map((item) => item.text));
  const helped = list("high");
  const heldBack = list("low");
  const medium = list("medium");
  let sentence = [helped && `${helped} helped`, heldBack && `${heldBack} held the score back`].filter(Boolean).join(", but ");
  if (medium)
    sentence = sentence ? `${sentence}, while ${medium} landed at medium` : `${medium} landed at medium`;
  if (missing.length > 0) {
    const unique = joinWords([...new Set(missing)]);
    sentence = sentence ? `${sentence}; ${unique} had no data` : `${unique} had no data`;
  }
  return sentence ? `${capitalise(sentence)}.` : "";
}

// ../report/src/explain-confidence.ts
var LEVEL_RANK = {
  High: 4,
  "Medium-high": 3,
  Medium: 2,
  "Low-medium": 1,
  Low: 0
};
var AGREEMENT_VERB = {
  High: "agreed closely",
  "Medium-high": "broadly agreed",
  Medium: "partly agreed",
  "Low-medium": "disagreed",
  Low: "disagreed sharply"
};
var PUSH_BACK = 0.15;
function explainConfidence(result) {
  const confidence = result.confidence;
  const sentences = [];
  const missingNames = missingGroupNames(result);
  const coverage = confidence.sourcesWithData >= confidence.sourcesTotal ? `all ${numberWord(confidence.sourcesTotal)} sources had data` : `${numberWord(confidence.sourcesWithData)} of ${numberWord(confidence.sourcesTotal)} sources had data` + (missingNames.length > 0 ? ` (none from ${joinWords(missingNames)})` : "");
  const withData = confidence.agreementSourcesWithData;
  let agreement;
  if (withData >= 2) {
    const group = withData === confidence.agreementSourcesTotal ? `all ${numberWord(withData)} AI-exposure sources` : `the ${numberWord(withData)} AI-exposure sources with data`;
    const median = confidence.agreementMedian === null ? "" : ` from their median of ${formatPercentile(confidence.agreementMedian)}`;
    agreement = `${group} ${AGREEMENT_VERB[confidence.levelFromAgreement]} (a mean ${formatPercentile(confidence.dispersion)} percentile points${median})`;
  } else {
    agreement = `${withData === 1 ? "only one" : "no"} AI-exposure source had data, too few to judge agreement`;
  }
  sentences.push(`${confidence.level} confidence: ${coverage}, and ${agreement}.`);
  const outlier = confidence.mostDisagreeing;
  if (outlier && withData >= 3) {
    const name = capitalise(uniqueNames(result, [outlier.sourceId])[0] ?? outlier.sourceId);
    const side = confidence.agreementMedian !== null && outlier.percentile > confidence.agreementMedian ? "more" : "less";
    sentences.push(
      outlier.deviation >= PUSH_BACK ? `${name} pushed back, at percentile ${formatPercentile(outlier.percentile)}, rating the occupation ${side} resilient than the others did.` : `${name} was furthest from the others, at percentile ${formatPercentile(outlier.percentile)}, rating the occupation ${side} resilient than they did.`
    );
  }
  const cap = confidence.coverageCap;
  if (cap !== null && LEVEL_RANK[cap] < LEVEL_RANK[confidence.levelFromAgreement]) {
    sentences.push(
      `Agreement alone would give ${confidence.levelFromAgreement}, but with ${numberWord(confidence.sourcesWithData)} sources and ${numberWord(withData)} AI-exposure sources the coverage caps confidence at ${cap}.`
    );
  }
  return sentences.join(" ");
}
function missingGroupNames(result) {
  const groups = /* @__PURE__ */ new Map();
  for (const source of allSources(result)) {
    const group = source.evidenceGroup || source.sourceId;
    groups.set(group, [...groups.get(group) ?? [], source]);
  }
  return [...groups.values()].filter((sources) => !sources.some(hasData)).map((sources) => joinWords([...new Set(sources.map(sourceShortName))]));
}
function uniqueNames(result, sourceIds) {
  const sources = allSources(result);
  const names = sourceIds.map(
    (sourceId) => sourceShortName(
      sources.find((candidate) => candidate.sourceId === sourceId) ?? { sourceId, label: sourceId }
    )
  );
  return [...new Set(names)];
}

// ../report/src/report-input-error.ts
var ReportInputError = class extends AiResilienceError {
  /** The dotted path of the invalid field, e.g. `result.dimensions.0.score`. */
  path;
  /**
   * @param formatter - the formatter that rejected the input, e.g. `formatJson`.
   * @param path - the dotted path of the invalid field (empty for the input itself).
   * @param reason - which rule the field broke.
   */
  constructor(formatter, path, reason) {
    super("INVALID_ARGUMENT", `[report] ${formatter}: ${path === "" ? "input" : path}: ${reason}`);
    this.name = "ReportInputError";
    this.path = path;
  }
};

// ../report/src/tier-bands.ts
function resolveTierBands(result, tiers = DEFAULT_METHODOLOGY.tiers) {
  if (tiers.length === 0) throw invalid("at least one tier is needed");
  let upper = 100;
  const bands = tiers.map((tier, position) => {
    const last = position === tiers.length - 1;
    if (last !== (tier.above === null)) {
      throw invalid(`tier ${position} (${JSON.stringify(tier.name)}): only the last tier has above: null`);
    }
    const from = tier.above ?? 0;
    if (!Number.isFinite(from) || from < 0 || from >= upper) {
      throw invalid(
        `tier ${position} (${JSON.stringify(tier.name)}): above must be in [0, ${upper}), got ${from}`
      );
    }
    const band = { name: tier.name, from, to: upper };
    upper = from;
    return band;
  });
  bands.reverse();
  const index = result.tier.index;
  const current = bands[index];
  if (current && result.tier.name !== "") bands[index] = { ...current, name: result.tier.name };
  return bands;
}
function invalid(reason) {
  return new ReportInputError("resolveTierBands", "options.methodology.tiers", reason);
}

// ../report/src/report-view.ts
function buildReportView(input, options = {}) {
  const { result, profile } = input;
  const tiers = resolveTierBands(result, options.methodology?.tiers);
  const comparison = result.comparison;
  const provenance = result.provenance;
  const scenarioText = Object.entries(provenance.scenario).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0).map(([key, value]) => `${key} = ${value === null ? "none" : String(value)}`).join(", ");
  const summary = `Methodology ${provenance.methodologyId} version ${provenance.methodologyVersion}` + (provenance.specificationVersion === void 0 ? "" : ` (specification ${provenance.specificationVersion})`) + `; dataset ${provenance.dataset}; percentiles with ${provenance.ties} ties, ${provenance.weighting === "none" ? "unweighted" : `${provenance.weighting}-weighted`}` + (scenarioText === "" ? "." : `; scenario: ${scenarioText}.`);
  return {
    code: result.code,
    title: result.title,
    score: result.score,
    scorePercent: result.scorePercent,
    scoreText: formatPercent(result.scorePercent / 100),
    tierName: result.tier.name,
    tierIndex: result.tier.index,
    tiers,
    comparisonSentence: comparisonSentence(comparison.sentence),
    medianScore: comparison.medianScore,
    scorePercentile: comparison.scorePercentile,
    medianText: `The median of the ${groupThousands(String(comparison.scoredOccupations))} scored occupations is ${formatPercent(comparison.medianScore)}; this one scores above ${formatPercent(comparison.scorePercentile)} of them.`,
    dimensions: result.dimensions.map(
      (dimension) => ({
        id: dimension.id,
        label: dimension.label,
        weightText: weightText(dimension.weight, dimension.effectiveWeight, dimension.score !== null),
        score: dimension.score,
        scoreText: dimension.score === null ? "no data" : formatPercent(dimension.score),
        level: dimension.level,
        levelText: dimension.level ?? "\u2014",
        contributionText: dimension.score === null ? "\u2014" : formatPoints(dimension.contribution, 1),
        sources: dimension.sources.map(
          (source) => ({
            sourceId: source.sourceId,
            label: source.label,
            rawText: formatSourceRaw(source),
            explanation: explainSource(source),
            percentile: hasData(source) ? source.percentile : null,
            percentileText: hasData(source) ? formatPercentile(source.percentile) : "\u2014",
            weightText: weightText(source.weight, source.effectiveWeight, hasData(source)),
            contributionText: hasData(source) ? formatPoints(source.contribution, 2) : "\u2014",
            weightShortText: weightShortText(source.weight, source.effectiveWeight, hasData(source)),
            missing: !hasData(source)
          })
        )
      })
    ),
    confidence: {
      level: result.confidence.level,
      reason: explainConfidence(result),
      drivers: describeDrivers(result, options.methodology)
    },
    uncertainty: uncertaintyView(input),
    facts: profile.facts === null ? null : factsView(profile.facts),
    description: profile.description,
    tasks: [...profile.tasks].sort(
      (a, b) => (b.resilience ?? Number.NEGATIVE_INFINITY) - (a.resilience ?? Number.NEGATIVE_INFINITY) || a.taskId - b.taskId
    ).map(
      (task, index) => ({
        rank: index + 1,
        taskId: task.taskId,
        statement: task.statement,
        resilience: task.resilience !== null && Number.isFinite(task.resilience) ? task.resilience : null,
        resilienceText: formatPercent(task.resilience),
        typeText: task.taskType ?? "unrated"
      })
    ),
    methodology: {
      id: result.provenance.methodologyId,
      version: result.provenance.methodologyVersion,
      specificationVersion: result.provenance.specificationVersion ?? null,
      dataset: result.provenance.dataset,
      ties: result.provenance.ties,
      weighting: result.provenance.weighting,
      scenarioText,
      summary
    },
    citations: result.provenance.sources.map((source) => ({
      label: source.label,
      vintage: source.vintage,
      citation: source.citation,
      licence: source.licence,
      proxy: source.proxy,
      labelWithProxy: source.proxy && !/proxy/i.test(source.label) ? `${source.label} (open proxy)` : source.label
    }))
  };
}
function comparisonSentence(sentence) {
  const trimmed = sentence.trim();
  if (trimmed === "") return "";
  const full = /^[a-z]/.test(trimmed) ? `This occupation is ${trimmed}` : trimmed;
  return /[.!?]$/.test(full) ? full : `${full}.`;
}
function weightText(weight, effectiveWeight, present) {
  if (!present) return `${formatWeight(weight)} (no data)`;
  return Math.abs(weight - effectiveWeight) > 1e-9 ? `${formatWeight(weight)} (rescaled to ${formatWeight(effectiveWeight)})` : formatWeight(weight);
}
function weightShortText(weight, effectiveWeight, present) {
  if (!present) return `${formatDecimal(weight * 100, 1)}\u21920 %`;
  return Math.abs(weight - effectiveWeight) > 1e-9 ? `${formatDecimal(weight * 100, 1)}\u2192${formatWeight(effectiveWeight)}` : formatWeight(weight);
}
function uncertaintyView({ result }) {
  const uncertainty = result.uncertainty;
  if (!uncertainty) return null;
  const sources = result.dimensions.flatMap((dimension) => dimension.sources);
  const monteCarlo = uncertainty.monteCarlo;
  const [low, high] = uncertainty.leaveOneOutRange;
  const leaveOneOutTierChanges = uncertainty.leaveOneOut.some((item) => item.tier !== result.tier.name);
  return {
    leaveOneOutText: `${formatPercent(low)} \u2013 ${formatPercent(high)}`,
    monteCarloText: `${formatPercent(monteCarlo.p05)} \u2013 ${formatPercent(monteCarlo.p95)} (median ${formatPercent(monteCarlo.p50)}; ${groupThousands(String(monteCarlo.draws))} draws, seed ${monteCarlo.seed}, concentration ${formatDecimal(monteCarlo.concentration, 2)})`,
    tierStableText: `${uncertainty.tierStable ? "Yes" : "No"}: the tier ${leaveOneOutTierChanges ? "changes when some source is left out" : "never changes when one source is left out"}, and changes in ${formatPercent(monteCarlo.tierChangeRate)} of draws.`,
    leaveOneOut: uncertainty.leaveOneOut.map((item) => {
      const source = sources.find((candidate) => candidate.sourceId === item.sourceId);
      return {
        label: `Without ${source ? sourceShortName(source) : item.sourceId}`,
        scoreText: formatPercent(item.score),
        tier: item.tier
      };
    })
  };
}
function factsView(facts) {
  const text = (value) => value === null || value.trim() === "" ? "\u2014" : value;
  return {
    rows: [
      {
        label: "Median annual wage (2024)",
        value: formatDollars(facts.medianWage, facts.medianWageTopCoded)
      },
      { label: "Employment (2024)", value: formatThousands(facts.employment2024) },
      { label: "Projected employment (2034)", value: formatThousands(facts.employment2034) },
      { label: "Projected growth (2024\u201334)", value: formatSignedPercent(facts.employmentChangePercent) },
      { label: "Annual openings (2024\u201334)", value: formatThousands(facts.annualOpenings) },
      { label: "Typical education for entry", value: text(facts.typicalEducation) },
      { label: "Work experience in a related occupation", value: text(facts.workExperience) },
      { label: "Typical on-the-job training", value: text(facts.onTheJobTraining) }
    ],
    citation: facts.citation
  };
}

// ../report/src/html-charts.ts
var SCALE = ["#d73027", "#fc8d59", "#fee090", "#e0f3f8", "#91bfdb", "#4575b4"];
var SCALE_TEXT = ["#ffffff", "#1b1f24", "#1b1f24", "#1b1f24", "#1b1f24", "#ffffff"];
function tierColours(index, count) {
  const at = count <= 1 ? SCALE.length - 1 : Math.round(index * (SCALE.length - 1) / (count - 1));
  const clamped = Math.min(Math.max(at, 0), SCALE.length - 1);
  return { fill: SCALE[clamped], text: SCALE_TEXT[clamped] };
}
var LEVEL_COLOURS = {
  Low: "#d73027",
  Med: "#f0b43c",
  High: "#4575b4"
};
function levelOfPercentile(value) {
  const band = bandOf(value);
  return band === "low" ? "Low" : band === "high" ? "High" : "Med";
}
function svg(width, height, label, body) {
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${escapeHtml(label)}"><title>${escapeHtml(label)}</title>${body}</svg>`;
}
function truncate(text, length) {
  return text.length <= length ? text : `${text.slice(0, length - 1).trimEnd()}\u2026`;
}
function wrapWords(text, maxChars) {
  const lines = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && `${line} ${word}`.length > maxChars) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines.slice(0, 3).map((item) => truncate(item, Math.max(maxChars, 4)));
}
var clamp = (value, low, high) => Math.min(Math.max(value, low), high);
var round = (value) => Math.round(value * 10) / 10;
function scoreGauge(view) {
  const width = 760;
  const left = 20;
  const right = 740;
  const barY = 46;
  const barHeight = 28;
  const x = (percent) => round(left + (right - left) * clamp(percent, 0, 100) / 100);
  const parts = [];
  const count = view.tiers.length;
  let maxLines = 1;
  view.tiers.forEach((band, index) => {
    const colours = tierColours(index, count);
    const x0 = x(band.from);
    const x1 = x(band.to);
    const current = index === view.tierIndex;
    parts.push(
      `<rect x="${x0}" y="${barY}" width="${round(x1 - x0)}" height="${barHeight}" fill="${colours.fill}"${current ? ' stroke="#111" stroke-width="2"' : ""}/>`
    );
    const lines = wrapWords(band.name, Math.max(4, Math.floor((x1 - x0) / 6.4)));
    maxLines = Math.max(maxLines, lines.length);
    const tspans = lines.map(
      (line, lineIndex) => `<tspan x="${round((x0 + x1) / 2)}" dy="${lineIndex === 0 ? 0 : 13}">${escapeHtml(line)}</tspan>`
    ).join("");
    parts.push(
      `<text x="${round((x0 + x1) / 2)}" y="${barY + barHeight + 32}" text-anchor="middle" font-size="11"${current ? ' font-weight="700"' : ""} fill="#1b1f24">${tspans}</text>`
    );
  });
  const cuts = [...new Set(view.tiers.flatMap((band) => [band.from, band.to]))];
  for (const cut of cuts) {
    parts.push(
      `<text x="${x(cut)}" y="${barY + barHeight + 14}" text-anchor="middle" font-size="10" fill="#57606a">${escapeHtml(String(cut))}</text>`
    );
  }
  const median = view.medianScore * 100;
  const xm = x(median);
  parts.push(
    `<line x1="${xm}" y1="${barY - 8}" x2="${xm}" y2="${barY + barHeight + 4}" stroke="#1b1f24" stroke-width="1.5" stroke-dasharray="4 3"/>`,
    `<text x="${clamp(xm, left + 70, right - 70)}" y="${barY - 12}" text-anchor="middle" font-size="11" fill="#1b1f24">Median ${escapeHtml(formatPercent(view.medianScore))}</text>`
  );
  const xs = x(view.scorePercent);
  parts.push(
    `<line x1="${xs}" y1="${barY - 2}" x2="${xs}" y2="${barY + barHeight + 2}" stroke="#111" stroke-width="3"/>`,
    `<path d="M${round(xs - 7)} ${barY - 10} L${round(xs + 7)} ${barY - 10} L${xs} ${barY - 1} Z" fill="#111"/>`,
    `<text x="${clamp(xs, left + 90, right - 90)}" y="${barY - 28}" text-anchor="middle" font-size="14" font-weight="700" fill="#111">${escapeHtml(view.scoreText)} \xB7 ${escapeHtml(truncate(view.tierName, 40))}</text>`
  );
  const height = barY + barHeight + 32 + 13 * (maxLines - 1) + 10;
  const label = `Score gauge: ${view.scoreText}, tier ${view.tierName}, on a 0 to 100 scale split into ${count} tiers (` + view.tiers.map((band) => `${band.name} ${band.from}\u2013${band.to}`).join("; ") + `). The median of all scored occupations is ${formatPercent(view.medianScore)}.`;
  return svg(width, height, label, parts.join(""));
}
function dimensionBars(view) {
  const width = 760;
  const labelWidth = 250;
  const x0 = labelWidth;
  const x1 = 600;
  const rowHeight = 34;
  const top = 22;
  const x = (percent) => round(x0 + (x1 - x0) * clamp(percent, 0, 100) / 100);
  const parts = [];
  for (const tick of [0, 40, 70, 100]) {
    parts.push(
      `<text x="${x(tick)}" y="12" text-anchor="middle" font-size="10" fill="#57606a">${tick}</text>`,
      `<line x1="${x(tick)}" y1="16" x2="${x(tick)}" y2="${top + rowHeight * view.dimensions.length}" stroke="#8c959f" stroke-width="1"${tick === 40 || tick === 70 ? ' stroke-dasharray="3 3"' : ""}/>`
    );
  }
  view.dimensions.forEach((dimension, index) => {
    const y = top + index * rowHeight;
    parts.push(
      `<text x="0" y="${y + 21}" font-size="13" fill="#1b1f24">${escapeHtml(truncate(dimension.label, 32))}</text>`,
      `<rect x="${x0}" y="${y + 7}" width="${x1 - x0}" height="20" fill="#eef1f4"/>`
    );
    if (dimension.score === null || dimension.level === null) {
      parts.push(
        `<text x="${x0 + 8}" y="${y + 21}" font-size="12" font-style="italic" fill="#57606a">no data</text>`
      );
    } else {
      parts.push(
        `<rect x="${x0}" y="${y + 7}" width="${round(x(dimension.score * 100) - x0)}" height="20" fill="${LEVEL_COLOURS[dimension.level]}"/>`,
        `<text x="${x1 + 10}" y="${y + 21}" font-size="13" fill="#1b1f24"><tspan font-weight="700">${escapeHtml(dimension.scoreText)}</tspan> \xB7 ${escapeHtml(dimension.levelText)}</text>`
      );
    }
  });
  const label = `Dimension scores on 0 to 100, level cuts at 40 and 70: ${view.dimensions.map(
    (dimension) => `${dimension.label} ${dimension.scoreText}${dimension.level ? ` (${dimension.level})` : ""}`
  ).join("; ")}.`;
  return svg(width, top + rowHeight * view.dimensions.length + 6, label, parts.join(""));
}
function sourceDots(view) {
  const width = 760;
  const x0 = 310;
  const x1 = 700;
  const rowHeight = 24;
  const x = (percent) => round(x0 + (x1 - x0) * clamp(percent, 0, 100) / 100);
  const rows = view.dimensions.flatMap((dimension) => [
    { kind: "dimension", text: dimension.label, source: null },
    ...dimension.sources.map((source) => ({ kind: "source", text: source.label, source }))
  ]);
  const top = 22;
  const bottom = top + rows.length * rowHeight;
  const parts = [];
  for (const tick of [0, 25, 50, 75, 100]) {
    parts.push(
      `<text x="${x(tick)}" y="12" text-anchor="middle" font-size="10" fill="#57606a">${tick}</text>`,
      `<line x1="${x(tick)}" y1="16" x2="${x(tick)}" y2="${bottom}" stroke="#d0d7de" stroke-width="1"/>`
    );
  }
  rows.forEach((row, index) => {
    const y = top + index * rowHeight;
    if (row.kind === "dimension") {
      parts.push(
        `<text x="0" y="${y + 16}" font-size="12" font-weight="700" fill="#1b1f24">${escapeHtml(truncate(row.text, 44))}</text>`
      );
      return;
    }
    parts.push(
      `<text x="12" y="${y + 16}" font-size="12" fill="#1b1f24">${escapeHtml(truncate(row.text, 42))}</text>`,
      `<line x1="${x0}" y1="${y + 12}" x2="${x1}" y2="${y + 12}" stroke="#eef1f4" stroke-width="6"/>`
    );
    const percentile = row.source.percentile;
    if (percentile === null) {
      parts.push(
        `<text x="${x0 + 6}" y="${y + 16}" font-size="11" font-style="italic" fill="#57606a">no data</text>`
      );
    } else {
      const cx = x(percentile * 100);
      const valueX = percentile > 0.85 ? cx - 10 : cx + 10;
      parts.push(
        `<circle cx="${cx}" cy="${y + 12}" r="6.5" fill="${LEVEL_COLOURS[levelOfPercentile(percentile)]}" stroke="#1b1f24" stroke-width="1"/>`,
        `<text x="${valueX}" y="${y + 16}" font-size="11" text-anchor="${percentile > 0.85 ? "end" : "start"}" fill="#1b1f24">${escapeHtml(formatPercentile(percentile))}</text>`
      );
    }
  });
  const label = `Source percentiles on 0 to 100, higher = more resilient: ${view.dimensions.flatMap(
    (dimension) => dimension.sources.map(
      (source) => `${source.label} ${source.missing ? "no data" : source.percentileText}`
    )
  ).join("; ")}.`;
  return svg(width, bottom + 6, label, parts.join(""));
}
function taskBars(view) {
  const width = 760;
  const x0 = 44;
  const x1 = 660;
  const rowHeight = 18;
  const top = 20;
  const x = (percent) => round(x0 + (x1 - x0) * clamp(percent, 0, 100) / 100);
  const parts = [];
  for (const tick of [0, 25, 50, 75, 100]) {
    parts.push(
      `<text x="${x(tick)}" y="11" text-anchor="middle" font-size="10" fill="#57606a">${tick}</text>`,
      `<line x1="${x(tick)}" y1="14" x2="${x(tick)}" y2="${top + rowHeight * view.tasks.length}" stroke="#d0d7de" stroke-width="1"/>`
    );
  }
  view.tasks.forEach((task, index) => {
    const y = top + index * rowHeight;
    parts.push(
      `<text x="${x0 - 8}" y="${y + 13}" text-anchor="end" font-size="11" fill="#1b1f24">#${task.rank}</text>`
    );
    if (task.resilience === null) {
      parts.push(
        `<text x="${x0 + 4}" y="${y + 13}" font-size="11" font-style="italic" fill="#57606a">no value</text>`
      );
    } else {
      const end = x(task.resilience * 100);
      parts.push(
        `<rect x="${x0}" y="${y + 3}" width="${round(end - x0)}" height="12" fill="${LEVEL_COLOURS[levelOfPercentile(task.resilience)]}"/>`,
        `<text x="${end + 6}" y="${y + 13}" font-size="11" fill="#1b1f24">${escapeHtml(task.resilienceText)}</text>`
      );
    }
  });
  const values = view.tasks.map((task) => `#${task.rank} ${task.resilienceText}`).join("; ");
  const label = `Resilience of ${view.tasks.length} tasks on 0 to 100, most resilient first: ${values}.`;
  return svg(width, top + rowHeight * view.tasks.length + 6, label, parts.join(""));
}

// ../report/src/format-html.ts
var HTML_CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";
function styles(view) {
  const tierRules = view.tiers.map((_, index) => {
    const colours = tierColours(index, view.tiers.length);
    return `.tier-${index}{background:${colours.fill};color:${colours.text}}`;
  }).join("");
  const levelRules = Object.entries(LEVEL_COLOURS).map(([level, colour]) => `.level-${level.toLowerCase()}::before{background:${colour}}`).join("");
  return `:root{color-scheme:light;--ink:#1b1f24;--muted:#57606a;--line:#d0d7de;--soft:#f6f8fa}
*{box-sizing:border-box}
body{margin:0;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;color:var(--ink);background:var(--soft)}
main{max-width:900px;margin:0 auto;padding:28px 32px 40px;background:#fff}
h1{font-size:2rem;line-height:1.2;margin:.15rem 0 .75rem}
h2{font-size:1.3rem;margin:2.2rem 0 .7rem;padding-bottom:.3rem;border-bottom:2px solid var(--line)}
h3{font-size:1.05rem;margin:1.4rem 0 .5rem}
p{margin:.45rem 0}
.eyebrow{margin:0;text-transform:uppercase;letter-spacing:.06em;font-size:.78rem;color:var(--muted)}
.headline{display:flex;flex-wrap:wrap;align-items:baseline;gap:.4rem 1rem;margin:.2rem 0 .4rem}
.score-value{font-size:2.6rem;font-weight:750;line-height:1}
.tier{display:inline-block;padding:.2rem .7rem;border-radius:999px;font-weight:650;border:1px solid rgba(0,0,0,.35)}
.muted{color:var(--muted)}
.lead{font-size:1.05rem}
figure{margin:.6rem 0 1rem}
figcaption{font-size:.8rem;color:var(--muted);margin-top:.2rem}
svg{display:block;width:100%;max-width:100%;height:auto;font-family:inherit}
table{border-collapse:collapse;width:100%;margin:.4rem 0 1rem;font-size:.9rem}
caption{text-align:left;font-weight:650;padding:.2rem 0 .4rem;color:var(--ink)}
th,td{padding:.38rem .55rem;border-bottom:1px solid var(--line);text-align:left;vertical-align:top}
thead th{background:var(--soft);border-bottom:2px solid var(--line);font-size:.82rem}
tbody th{font-weight:600}
.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
.explain{display:block;color:var(--muted);font-size:.8rem;font-weight:400}
.missing{color:var(--muted);font-style:italic}
.group th{background:#fbfcfd;font-size:.82rem;text-transform:uppercase;letter-spacing:.04em;color:var(--muted)}
.level{white-space:nowrap;font-weight:600}
.level::before{content:"";display:inline-block;width:.7em;height:.7em;margin-right:.35em;border-radius:2px;vertical-align:baseline;border:1px solid rgba(0,0,0,.4)}
.confidence{border-left:4px solid #4575b4;padding:.2rem 0 .2rem .9rem}
.citation{font-size:.85rem;color:var(--muted)}
ol.sources{padding-left:1.4rem;font-size:.88rem}
ol.sources li{margin:.3rem 0}
footer{margin-top:2rem;font-size:.78rem;color:var(--muted)}
${tierRules}${levelRules}
@page{margin:14mm}
@media print{
body{background:#fff;font-size:10pt}
main{max-width:none;padding:0}
*{-webkit-print-color-adjust:exact;print-color-adjust:exact}
h2{break-after:avoid}
figure,.headline,.confidence,tr{break-inside:avoid}
thead{display:table-header-group}
}`;
}
function levelCell(level, text) {
  return level === null ? `<td class="missing">${escapeHtml(text)}</td>` : `<td><span class="level level-${escapeHtml(level.toLowerCase())}">${escapeHtml(text)}</span></td>`;
}
function formatHtml(input, options = {}) {
  const view = buildReportView(input, options);
  const out = [];
  const push = (...parts) => out.push(...parts);
  push(
    "<!doctype html>",
    '<html lang="en">',
    "<head>",
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(HTML_CONTENT_SECURITY_POLICY)}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="generator" content="@airesilience/report">',
    `<title>${escapeHtml(view.title)} (${escapeHtml(view.code)}): AI resilience ${escapeHtml(view.scoreText)}, ${escapeHtml(view.tierName)}</title>`,
    `<style>${styles(view)}</style>`,
    "</head>",
    "<body>",
    "<main>"
  );
  push(
    "<header>",
    `<p class="eyebrow">AI resilience report \xB7 SOC ${escapeHtml(view.code)}</p>`,
    `<h1>${escapeHtml(view.title)}</h1>`,
    `<p class="headline"><span class="score-value">${escapeHtml(view.scoreText)}</span> <span class="tier tier-${view.tierIndex}">${escapeHtml(view.tierName)}</span> <span class="muted">tier ${view.tierIndex + 1} of ${view.tiers.length}, lowest first</span></p>`,
    view.comparisonSentence ? `<p class="lead">${escapeHtml(view.comparisonSentence)}</p>` : "",
    `<p>${escapeHtml(view.medianText)}</p>`,
    `<figure>${scoreGauge(view)}<figcaption>The score (black marker) against the ${view.tiers.length} tiers; the dashed line is the median of all scored occupations.</figcaption></figure>`,
    "</header>"
  );
  push(
    '<section aria-labelledby="dimensions-heading">',
    '<h2 id="dimensions-heading">Dimensions</h2>',
    `<figure>${dimensionBars(view)}<figcaption>Each dimension's score from 0 to 100; below 40 is Low, 70 and above is High.</figcaption></figure>`,
    "<table>",
    "<caption>The three dimensions: weight, score, level and contribution to the overall score</caption>",
    '<thead><tr><th scope="col">Dimension</th><th scope="col" class="num">Weight</th><th scope="col" class="num">Score</th><th scope="col">Level</th><th scope="col" class="num">Contribution</th></tr></thead>',
    "<tbody>",
    ...view.dimensions.map(
      (dimension) => `<tr><th scope="row">${escapeHtml(dimension.label)}</th><td class="num">${escapeHtml(dimension.weightText)}</td><td class="num${dimension.score === null ? " missing" : ""}">${escapeHtml(dimension.scoreText)}</td>${levelCell(dimension.level, dimension.levelText)}<td class="num">${escapeHtml(dimension.contributionText)}</td></tr>`
    ),
    "</tbody>",
    "</table>",
    "</section>"
  );
  push(
    '<section aria-labelledby="sources-heading">',
    '<h2 id="sources-heading">Sources</h2>',
    `<figure>${sourceDots(view)}<figcaption>Each source's percentile from 0 to 100 within that source's own occupations; higher = more resilient.</figcaption></figure>`,
    "<table>",
    "<caption>Every source: raw value, what it means, weight, percentile (0\u2013100, higher = more resilient) and contribution in points of the score</caption>",
    '<thead><tr><th scope="col">Source</th><th scope="col" class="num">Raw value</th><th scope="col" class="num">Weight</th><th scope="col" class="num">Percentile</th><th scope="col" class="num">Contribution</th></tr></thead>'
  );
  view.dimensions.forEach((dimension) => {
    push(
      "<tbody>",
      `<tr class="group"><th scope="colgroup" colspan="5">${escapeHtml(dimension.label)}</th></tr>`,
      ...dimension.sources.map(
        (source) => `<tr><th scope="row">${escapeHtml(source.label)}<span class="explain">${escapeHtml(source.explanation)}</span></th><td class="num${source.missing ? " missing" : ""}">${escapeHtml(source.rawText)}</td><td class="num">${escapeHtml(source.weightText)}</td><td class="num">${escapeHtml(source.percentileText)}</td><td class="num">${escapeHtml(source.contributionText)}</td></tr>`
      ),
      "</tbody>"
    );
  });
  push("</table>", "</section>");
  push(
    '<section aria-labelledby="confidence-heading">',
    `<h2 id="confidence-heading">Confidence: ${escapeHtml(view.confidence.level)}</h2>`,
    '<div class="confidence">',
    `<p>${escapeHtml(view.confidence.reason)}</p>`,
    `<p>${escapeHtml(view.confidence.drivers)}</p>`,
    "</div>",
    "</section>"
  );
  if (view.uncertainty) {
    const uncertainty = view.uncertainty;
    push(
      '<section aria-labelledby="uncertainty-heading">',
      '<h2 id="uncertainty-heading">Uncertainty</h2>',
      "<table>",
      "<caption>How much the score moves when the method changes</caption>",
      "<tbody>",
      `<tr><th scope="row">Leave-one-out range</th><td>${escapeHtml(uncertainty.leaveOneOutText)}</td></tr>`,
      `<tr><th scope="row">Monte Carlo 5th\u201395th percentile</th><td>${escapeHtml(uncertainty.monteCarloText)}</td></tr>`,
      `<tr><th scope="row">Tier stable</th><td>${escapeHtml(uncertainty.tierStableText)}</td></tr>`,
      "</tbody>",
      "</table>"
    );
    if (uncertainty.leaveOneOut.length > 0) {
      push(
        "<table>",
        "<caption>The score with each source left out</caption>",
        '<thead><tr><th scope="col">Left out</th><th scope="col" class="num">Score</th><th scope="col">Tier</th></tr></thead>',
        "<tbody>",
        ...uncertainty.leaveOneOut.map(
          (item) => `<tr><th scope="row">${escapeHtml(item.label)}</th><td class="num">${escapeHtml(item.scoreText)}</td><td>${escapeHtml(item.tier)}</td></tr>`
        ),
        "</tbody>",
        "</table>"
      );
    }
    push("</section>");
  }
  push('<section aria-labelledby="facts-heading">', '<h2 id="facts-heading">Employment facts (BLS)</h2>');
  if (view.facts) {
    push(
      "<table>",
      "<caption>Employment, wages and entry requirements</caption>",
      "<tbody>",
      ...view.facts.rows.map(
        (row) => `<tr><th scope="row">${escapeHtml(row.label)}</th><td>${escapeHtml(row.value)}</td></tr>`
      ),
      "</tbody>",
      "</table>",
      `<p class="citation">Source: ${escapeHtml(view.facts.citation)}</p>`
    );
  } else {
    push('<p class="missing">This occupation is not in the BLS Employment Projections matrix: no facts.</p>');
  }
  push("</section>");
  push(
    '<section aria-labelledby="work-heading">',
    '<h2 id="work-heading">What the work involves</h2>',
    view.description ? `<p>${escapeHtml(view.description)}</p>` : '<p class="missing">O*NET gives no description for this occupation.</p>',
    `<h3>Tasks (${view.tasks.length}), most resilient first</h3>`
  );
  if (view.tasks.length > 0) {
    push(
      `<figure>${taskBars(view)}<figcaption>Each task's resilience from 0 to 100 (1 \u2212 the likelihood that AI can do it), numbered as in the table below.</figcaption></figure>`,
      "<table>",
      "<caption>Every task with its resilience and O*NET Task Type</caption>",
      '<thead><tr><th scope="col" class="num">#</th><th scope="col">Task</th><th scope="col">Type</th><th scope="col" class="num">Resilience</th></tr></thead>',
      "<tbody>",
      ...view.tasks.map(
        (task) => `<tr><th scope="row" class="num">${task.rank}</th><td>${escapeHtml(task.statement)}</td><td${task.typeText === "unrated" ? ' class="missing"' : ""}>${escapeHtml(task.typeText)}</td><td class="num">${escapeHtml(task.resilienceText)}</td></tr>`
      ),
      "</tbody>",
      "</table>"
    );
  } else {
    push('<p class="missing">O*NET lists no tasks for this occupation.</p>');
  }
  push("</section>");
  push(
    '<section aria-labelledby="methodology-heading">',
    '<h2 id="methodology-heading">Methodology and sources</h2>',
    `<p>${escapeHtml(view.methodology.summary)}</p>`
  );
  if (view.citations.length > 0) {
    push(
      '<ol class="sources">',
      ...view.citations.map(
        (citation) => `<li><strong>${escapeHtml(citation.labelWithProxy)}</strong>, ${escapeHtml(citation.vintage)}. ${escapeHtml(citation.citation)} <span class="muted">Licence: ${escapeHtml(citation.licence)}.</span></li>`
      ),
      "</ol>"
    );
  } else {
    push('<p class="missing">No sources are recorded in this result.</p>');
  }
  push(
    "</section>",
    "<footer>Generated by @airesilience/report. Percentiles rank each source within its own occupations; the score is the weighted mean of the dimension scores.</footer>",
    "</main>",
    "</body>",
    "</html>"
  );
  return `${out.filter((part) => part !== "").join("\n")}
`;
}

// ../report/src/escape-markdown.ts
function escapeMarkdown(text) {
  const line = text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, "").replace(/\s*[\r\n]+\s*/g, " ").replace(/\t/g, " ").trim().replace(/&(?=#?[0-9A-Za-z]+;)/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/[\\`*_[\]|~$]/g, "\\$&");
  return line.replace(/^(\s*)(#{1,6}(?:\s|$)|[+\-*](?:\s|$)|=+\s*$|-+\s*$)/, "$1\\$2").replace(/^(\s*\d{1,9})([.)](?:\s|$))/, "$1\\$2");
}

// ../report/src/format-markdown.ts
function table(header, rows, align) {
  return [
    `| ${header.join(" | ")} |`,
    `| ${align.map((side) => side === "r" ? "---:" : "---").join(" | ")} |`,
    ...rows.map((row) => `| ${row.join(" | ")} |`)
  ];
}
function formatMarkdown(input, options = {}) {
  const view = buildReportView(input, options);
  const lines = [];
  const push = (...more) => lines.push(...more);
  push(`# ${escapeMarkdown(view.title)}`, "");
  push(
    `**SOC ${escapeMarkdown(view.code)}** \xB7 AI resilience score **${view.scoreText}** \xB7 tier **${escapeMarkdown(view.tierName)}** (${view.tierIndex + 1} of ${view.tiers.length}, lowest first)`,
    ""
  );
  if (view.comparisonSentence) push(escapeMarkdown(view.comparisonSentence), "");
  push(escapeMarkdown(view.medianText), "");
  push(
    `Tiers: ${view.tiers.map((band) => `${escapeMarkdown(band.name)} ${band.from === 0 ? 0 : band.from}\u2013${band.to}`).join(" \xB7 ")}`,
    ""
  );
  push("## Dimensions", "");
  push(
    ...table(
      ["Dimension", "Weight", "Score", "Level", "Contribution"],
      view.dimensions.map((dimension) => [
        escapeMarkdown(dimension.label),
        escapeMarkdown(dimension.weightText),
        dimension.scoreText,
        dimension.levelText,
        dimension.contributionText
      ]),
      ["l", "r", "r", "l", "r"]
    ),
    ""
  );
  push("## Sources", "");
  push(
    ...table(
      ["Dimension", "Source", "Raw value", "What it means", "Weight", "Percentile (0\u2013100)", "Contribution"],
      view.dimensions.flatMap(
        (dimension) => dimension.sources.map((source) => [
          escapeMarkdown(dimension.label),
          escapeMarkdown(source.label),
          escapeMarkdown(source.rawText),
          escapeMarkdown(source.explanation),
          escapeMarkdown(source.weightText),
          source.percentileText,
          source.contributionText
        ])
      ),
      ["l", "l", "r", "l", "r", "r", "r"]
    ),
    ""
  );
  push(`## Confidence: ${escapeMarkdown(view.confidence.level)}`, "");
  push(escapeMarkdown(view.confidence.reason), "", escapeMarkdown(view.confidence.drivers), "");
  if (view.uncertainty) {
    const uncertainty = view.uncertainty;
    push("## Uncertainty", "");
    push(
      `- Leave-one-out range: ${uncertainty.leaveOneOutText}`,
      `- Monte Carlo 5th\u201395th percentile: ${escapeMarkdown(uncertainty.monteCarloText)}`,
      `- Tier stable: ${escapeMarkdown(uncertainty.tierStableText)}`,
      ""
    );
    if (uncertainty.leaveOneOut.length > 0) {
      push(
        ...table(
          ["Left out", "Score", "Tier"],
          uncertainty.leaveOneOut.map((item) => [escapeMarkdown(item.label), item.scoreText, escapeMarkdown(item.tier)]),
          ["l", "r", "l"]
        ),
        ""
      );
    }
  }
  push("## Employment facts (BLS)", "");
  if (view.facts) {
    push(
      ...table(
        ["Fact", "Value"],
        view.facts.rows.map((row) => [escapeMarkdown(row.label), escapeMarkdown(row.value)]),
        ["l", "r"]
      ),
      "",
      `Source: ${escapeMarkdown(view.facts.citation)}`,
      ""
    );
  } else {
    push("This occupation is not in the BLS Employment Projections matrix: no facts.", "");
  }
  push("## What the work involves", "");
  push(view.description ? escapeMarkdown(view.description) : "O*NET gives no description for this occupation.", "");
  push(`### Tasks (${view.tasks.length}), most resilient first`, "");
  if (view.tasks.length > 0) {
    push(
      ...table(
        ["#", "Task", "Type", "Resilience"],
        view.tasks.map((task) => [
          String(task.rank),
          escapeMarkdown(task.statement),
          escapeMarkdown(task.typeText),
          task.resilienceText
        ]),
        ["r", "l", "l", "r"]
      ),
      ""
    );
  } else {
    push("O*NET lists no tasks for this occupation.", "");
  }
  push("## Methodology and sources", "");
  push(escapeMarkdown(view.methodology.summary), "");
  view.citations.forEach((citation, index) => {
    push(
      `${index + 1}. **${escapeMarkdown(citation.labelWithProxy)}**, ${escapeMarkdown(citation.vintage)}. ${escapeMarkdown(citation.citation)} Licence: ${escapeMarkdown(citation.licence)}.`
    );
  });
  if (view.citations.length === 0) push("No sources are recorded in this result.");
  return `${lines.join("\n")}
`;
}

// ../report/src/terminal-text.ts
function toTerminalText(text) {
  return text.replace(/[\t\r\n]+/g, " ").replace(/[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, "");
}

// ../report/src/format-text.ts
var ANSI = {
  bold: "\x1B[1m",
  dim: "\x1B[2m",
  red: "\x1B[31m",
  yellow: "\x1B[33m",
  green: "\x1B[32m",
  cyan: "\x1B[36m",
  reset: "\x1B[0m"
};
function wrap(text, width, indent = "", firstIndent = indent) {
  const words = text.split(" ").filter((word) => word !== "");
  const lines = [];
  let line = firstIndent;
  let empty = true;
  for (const word of words) {
    const candidate = empty ? `${line}${word}` : `${line} ${word}`;
    if (!empty && candidate.length > width) {
      lines.push(line);
      line = `${indent}${word}`;
    } else {
      line = candidate;
    }
    empty = false;
  }
  if (!empty) lines.push(line);
  return lines;
}
function padCells(rows, align) {
  const widths = align.map((_, index) => Math.max(...rows.map((row) => (row[index] ?? "").length)));
  return rows.map(
    (row) => row.map(
      (cell, index) => align[index] === "r" ? cell.padStart(widths[index] ?? 0) : cell.padEnd(widths[index] ?? 0)
    )
  );
}
function columns(rows, align) {
  return padCells(rows, align).map((cells) => cells.join("  ").trimEnd());
}
function formatText(input, options = {}) {
  const width = options.width ?? 80;
  if (!Number.isInteger(width) || width < 40 || width > 400) {
    throw new ReportInputError(
      "formatText",
      "options.width",
      `must be an integer from 40 to 400, got ${width}`
    );
  }
  const paint = (text, ...styles2) => options.color && styles2.length > 0 && text !== "" ? `${styles2.map((style) => ANSI[style]).join("")}${text}${ANSI.reset}` : text;
  const view = buildReportView(input, options);
  const lines = [];
  const heading = (text) => lines.push("", paint(text, "bold", "cyan"), paint("\u2500".repeat(text.length), "cyan"));
  const prose = (text, indent = "") => lines.push(...wrap(toTerminalText(text), width, indent));
  const tierStyle = view.tierIndex <= 1 ? "red" : view.tierIndex <= 3 ? "yellow" : "green";
  const levelStyle = (level) => level === "Low" ? ["red"] : level === "Med" ? ["yellow"] : level === "High" ? ["green"] : [];
  lines.push(paint(toTerminalText(view.title), "bold"), `SOC ${toTerminalText(view.code)}`, "");
  lines.push(
    `AI resilience score  ${paint(view.scoreText, "bold")}  ${paint(toTerminalText(view.tierName), "bold", tierStyle)} (tier ${view.tierIndex + 1} of ${view.tiers.length}, lowest first)`
  );
  const barWidth = Math.min(50, width - 20);
  const filled = Math.round(Math.min(Math.max(view.scorePercent, 0), 100) * (barWidth / 100));
  const medianAt = Math.min(barWidth - 1, Math.round(Math.min(Math.max(view.medianScore, 0), 1) * barWidth));
  const bar = Array.from(
    { length: barWidth },
    (_, index) => index === medianAt ? "\u2502" : index < filled ? "\u2588" : "\u2591"
  ).join("");
  lines.push(`[${paint(bar.slice(0, filled), tierStyle)}${bar.slice(filled)}]  \u2502 = median`);
  prose(`Tiers: ${view.tiers.map((band) => `${band.name} ${band.from}\u2013${band.to}`).join(", ")}`);
  lines.push("");
  if (view.comparisonSentence) prose(view.comparisonSentence);
  prose(view.medianText);
  heading("Dimensions");
  const dimensionCells = padCells(
    [
      ["Dimension", "Weight", "Score", "Level", "Contribution"],
      ...view.dimensions.map((dimension) => [
        toTerminalText(dimension.label),
        toTerminalText(dimension.weightText),
        dimension.scoreText,
        dimension.levelText,
        dimension.contributionText
      ])
    ],
    ["l", "r", "r", "l", "r"]
  );
  dimensionCells.forEach((cells, index) => {
    const level = index === 0 ? null : view.dimensions[index - 1]?.level ?? null;
    const painted = cells.map(
      (cell, column) => index === 0 ? paint(cell, "bold") : column === 3 ? paint(cell, ...levelStyle(level)) : cell
    );
    lines.push(painted.join("  ").trimEnd());
  });
  heading("Sources");
  const sourceHeader = ["Source", "Raw value", "Weight", "Percentile", "Contribution"];
  const sourceData = view.dimensions.flatMap(
    (dimension) => dimension.sources.map((source) => [
      `  ${toTerminalText(source.label)}`,
      toTerminalText(source.rawText),
      toTerminalText(source.weightShortText),
      source.percentileText,
      source.contributionText
    ])
  );
  const sourceAlign = ["l", "r", "r", "r", "r"];
  let sourceCells = padCells([sourceHeader, ...sourceData], sourceAlign);
  const twoLine = (sourceCells[0]?.join("  ").length ?? 0) > width;
  if (twoLine) {
    sourceCells = padCells([sourceHeader, ...sourceData.map((row) => ["", ...row.slice(1)])], sourceAlign);
  }
  lines.push(
    (sourceCells[0] ?? []).map((cell) => paint(cell, "bold")).join("  ").trimEnd()
  );
  let rowIndex = 1;
  for (const dimension of view.dimensions) {
    lines.push(paint(toTerminalText(dimension.label), "bold"));
    for (const source of dimension.sources) {
      if (twoLine) lines.push(...wrap(toTerminalText(source.label), width, "    ", "  "));
      lines.push((sourceCells[rowIndex] ?? []).join("  ").trimEnd());
      rowIndex += 1;
      lines.push(...wrap(toTerminalText(source.explanation), width, "    ").map((line) => paint(line, "dim")));
    }
  }
  lines.push(
    ...wrap(
      "Percentile: 0\u2013100 within the source, higher = more resilient. Contribution: points of the score.",
      width
    ).map((line) => paint(line, "dim"))
  );
  heading(`Confidence: ${view.confidence.level}`);
  prose(view.confidence.reason);
  lines.push("");
  prose(view.confidence.drivers);
  if (view.uncertainty) {
    const uncertainty = view.uncertainty;
    heading("Uncertainty");
    lines.push(
      ...wrap(toTerminalText(`Leave-one-out range: ${uncertainty.leaveOneOutText}`), width, "  "),
      ...wrap(toTerminalText(`Monte Carlo 5th\u201395th percentile: ${uncertainty.monteCarloText}`), width, "  "),
      ...wrap(toTerminalText(`Tier stable: ${uncertainty.tierStableText}`), width, "  ")
    );
    if (uncertainty.leaveOneOut.length > 0) {
      lines.push(
        ...columns(
          uncertainty.leaveOneOut.map((item) => [`  ${toTerminalText(item.label)}`, item.scoreText, toTerminalText(item.tier)]),
          ["l", "r", "l"]
        )
      );
    }
  }
  heading("Employment facts (BLS)");
  if (view.facts) {
    lines.push(
      ...columns(
        view.facts.rows.map((row) => [toTerminalText(row.label), toTerminalText(row.value)]),
        ["l", "l"]
      )
    );
    lines.push("");
    prose(`Source: ${view.facts.citation}`);
  } else {
    prose("This occupation is not in the BLS Employment Projections matrix: no facts.");
  }
  heading("What the work involves");
  prose(view.description ?? "O*NET gives no description for this occupation.");
  lines.push("", paint(`Tasks (${view.tasks.length}), most resilient first`, "bold"));
  if (view.tasks.length === 0) prose("O*NET lists no tasks for this occupation.");
  const rankWidth = String(view.tasks.length).length;
  const typeWidth = Math.max(0, ...view.tasks.map((task) => toTerminalText(task.typeText).length));
  for (const task of view.tasks) {
    const prefix = `${String(task.rank).padStart(rankWidth)}. ${task.resilienceText.padStart(7)}  ${toTerminalText(task.typeText).padEnd(typeWidth)}  `;
    lines.push(...wrap(toTerminalText(task.statement), width, " ".repeat(prefix.length), prefix));
  }
  heading("Methodology and sources");
  prose(view.methodology.summary);
  view.citations.forEach((citation, index) => {
    const prefix = `${String(index + 1).padStart(2)}. `;
    lines.push(
      ...wrap(
        toTerminalText(
          `${citation.labelWithProxy}, ${citation.vintage}. ${citation.citation} Licence: ${citation.licence}.`
        ),
        width,
        " ".repeat(prefix.length),
        prefix
      )
    );
  });
  if (view.citations.length === 0) prose("No sources are recorded in this result.");
  return `${lines.join("\n")}
`;
}

export {
  DEFAULT_METHODOLOGY,
  formatCsv,
  formatCsvTable,
  ReportInputError,
  formatHtml,
  formatMarkdown,
  formatText
};
//# sourceMappingURL=chunk-2NQ36A6W.js.map