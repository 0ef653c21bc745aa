import {
  CliUsageError
} from "./chunk-5HVIVQ3A.js";

// src/closest-name.ts
function editDistance(a, b) {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length];
}
function closestName(name, candidates) {
  let best;
  let bestDistance = 3;
  for (const candidate of candidates) {
    const distance = editDistance(name, candidate);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

// src/parse-command-line.ts
import { parseArgs } from "util";
var OPTIONS = {
  format: { type: "string", short: "f" },
  out: { type: "string", short: "o" },
  methodology: { type: "string", short: "m" },
  by: { type: "string" },
  top: { type: "string" },
  json: { type: "boolean" },
  verbose: { type: "boolean" },
  help: { type: "boolean", short: "h" },
  version: { type: "boolean", short: "v" },
  "data-dir": { type: "string" },
  from: { type: "string" },
  to: { type: "string" },
  draws: { type: "string" },
  seed: { type: "string" }
};
function describeParseError(error) {
  const message = error instanceof Error ? error.message.split("\n")[0] : String(error);
  const code = error?.code;
  if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") {
    const option = /'([^']+)'/.exec(message)?.[1] ?? message;
    const name = option.replace(/^-+/, "").split("=")[0];
    const suggestion = option.startsWith("--") ? closestName(name, Object.keys(OPTIONS)) : void 0;
    return `unknown option ${option}${suggestion ? `; did you mean --${suggestion}?` : ""}`;
  }
  if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") {
    const option = /(--[a-z-]+)/.exec(message)?.[1] ?? "an option";
    return message.includes("argument missing") ? `option ${option} needs a value` : `option ${option} takes no value`;
  }
  return message;
}
function parseCommandLine(argv) {
  try {
    const { values, positionals } = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: OPTIONS
    });
    const [command, ...rest] = positionals;
    return { command, positionals: rest, options: values };
  } catch (error) {
    const command = argv.find((argument) => !argument.startsWith("-"));
    throw new CliUsageError(describeParseError(error), command);
  }
}
function positiveInteger(value, name, fallback) {
  if (value === void 0) return fallback;
  if (!/^\d+$/.test(value) || Number(value) < 1 || !Number.isSafeInteger(Number(value))) {
    throw new CliUsageError(`--${name} must be a positive integer, got ${JSON.stringify(value)}`);
  }
  return Number(value);
}
function oneOf(value, name, allowed) {
  if (value === void 0) return allowed[0];
  if (!allowed.includes(value)) {
    throw new CliUsageError(`--${name} must be one of ${allowed.join(", ")}, got ${JSON.stringify(value)}`);
  }
  return value;
}
function outputFormat(line, allowed) {
  const { format, json } = line.options;
  if (json && format !== void 0 && format !== "json") {
    throw new CliUsageError(`--json contradicts --format ${format}: give one of them`);
  }
  return oneOf(json ? "json" : format, "format", allowed);
}

export {
  closestName,
  parseCommandLine,
  positiveInteger,
  oneOf,
  outputFormat
};
//# sourceMappingURL=chunk-BPJ5LWTF.js.map