import {
  isOccupationCode
} from "./chunk-4N4XA4QS.js";
import {
  AiResilienceError
} from "./chunk-SEOI6WVD.js";

// src/resolve-occupation.ts
var words = (text) => text.toLowerCase().split(/[^a-z0-9]+/).filter((word) => word.length > 1);
function suggestTitles(occupations, query, limit = 5) {
  const wanted = words(query);
  if (wanted.length === 0) return [];
  const seenTitles = /* @__PURE__ */ new Set();
  return occupations.map((occupation) => {
    const title = words(occupation.title);
    const hits = wanted.filter((word) => title.some((candidate) => candidate.startsWith(word))).length;
    return { occupation, score: hits / wanted.length, length: occupation.title.length };
  }).filter((entry) => entry.score > 0).sort(
    (a, b) => b.score - a.score || Number(b.occupation.kind === "soc") - Number(a.occupation.kind === "soc") || a.length - b.length || (a.occupation.code < b.occupation.code ? -1 : 1)
  ).filter((entry) => {
    const title = entry.occupation.title.toLowerCase();
    if (seenTitles.has(title)) return false;
    seenTitles.add(title);
    return true;
  }).slice(0, limit).map(({ occupation, score }) => ({ occupation, score }));
}
var looksLikeCode = (text) => isOccupationCode(text) || /^\d{2}-\d/.test(text);
function groupOccupationArguments(inputs) {
  const groups = [];
  let words2 = [];
  for (const input of inputs) {
    const trimmed = input.trim();
    if (looksLikeCode(trimmed)) {
      if (words2.length > 0) groups.push(words2.join(" "));
      words2 = [];
      groups.push(trimmed);
    } else if (trimmed !== "") words2.push(trimmed);
  }
  if (words2.length > 0) groups.push(words2.join(" "));
  return groups;
}
function requireOccupationCode(input, occupations) {
  const trimmed = input.trim();
  if (looksLikeCode(trimmed)) return trimmed;
  const matches = suggestTitles(occupations, trimmed);
  if (matches.length === 0) {
    throw new AiResilienceError(
      "UNKNOWN_OCCUPATION",
      `"${trimmed}" is not an occupation code and matches no title; try a SOC code like 29-2072`
    );
  }
  const list = matches.map(({ occupation }) => `${occupation.code} ${occupation.title}`).join("; ");
  throw new AiResilienceError(
    "UNKNOWN_OCCUPATION",
    `"${trimmed}" is not an occupation code. Closest titles: ${list}`
  );
}

export {
  suggestTitles,
  groupOccupationArguments,
  requireOccupationCode
};
//# sourceMappingURL=chunk-WD3EX5FT.js.map