import {
  closestName,
  parseCommandLine
} from "./chunk-BPJ5LWTF.js";
import {
  CliUsageError
} from "./chunk-5HVIVQ3A.js";
import {
  AiResilienceError
} from "./chunk-SEOI6WVD.js";

// src/exit-code.ts
var EXIT = {
  /** Success. */
  ok: 0,
  /** An unexpected failure (a bug): please report it. */
  internal: 1,
  /** Bad input or arguments: an unknown code, a malformed methodology file, a wrong option. */
  badInput: 2,
  /** Data or I/O failure: a missing or altered mirror file, an unreadable snapshot, an unwritable path. */
  dataOrIo: 3
};
var STATUS_OF_CODE = {
  INVALID_OCCUPATION_CODE: EXIT.badInput,
  UNKNOWN_OCCUPATION: EXIT.badInput,
  INVALID_METHODOLOGY: EXIT.badInput,
  INVALID_ARGUMENT: EXIT.badInput,
  // The occupation asked for has no data under the methodology asked for: the request cannot be met.
  NO_DATA: EXIT.badInput,
  INVALID_DATASET: EXIT.dataOrIo,
  SOURCE_PARSE: EXIT.dataOrIo,
  DATA_INTEGRITY: EXIT.dataOrIo,
  SNAPSHOT_VERSION: EXIT.dataOrIo,
  IO: EXIT.dataOrIo
};
function exitCodeFor(error) {
  if (error === void 0) return EXIT.ok;
  if (AiResilienceError.isInstance(error)) return STATUS_OF_CODE[error.code] ?? EXIT.dataOrIo;
  const systemCode = error?.code;
  if (typeof systemCode === "string" && /^E[A-Z]+$/.test(systemCode)) return EXIT.dataOrIo;
  return EXIT.internal;
}

// src/command-table.ts
var GLOBAL_OPTIONS = ["help", "version", "verbose"];
var COMMANDS = {
  report: {
    options: ["format", "json", "out", "methodology", "draws", "seed"],
    load: async () => (await import("./scoring-commands-CB2HJIBD.js")).reportCommand
  },
  score: {
    options: ["json", "out", "methodology"],
    load: async () => (await import("./scoring-commands-CB2HJIBD.js")).scoreCommand
  },
  rank: {
    options: ["by", "top", "format", "json", "out", "methodology"],
    load: async () => (await import("./scoring-commands-CB2HJIBD.js")).rankCommand
  },
  compare: {
    options: ["json", "out", "methodology"],
    load: async () => (await import("./scoring-commands-CB2HJIBD.js")).compareCommand
  },
  explain: {
    options: ["json", "out", "methodology"],
    load: async () => (await import("./scoring-commands-CB2HJIBD.js")).explainCommand
  },
  methodology: {
    options: ["json", "out", "methodology"],
    load: async () => (await import("./scoring-commands-CB2HJIBD.js")).methodologyCommand
  },
  sources: {
    options: ["json", "out"],
    load: async () => (await import("./scoring-commands-CB2HJIBD.js")).sourcesCommand
  },
  data: {
    options: ["data-dir", "out", "from", "to", "json"],
    load: async () => (await import("./data-command-UIV44BEX.js")).dataCommand
  },
  export: {
    options: ["format", "json", "out", "methodology"],
    load: async () => (await import("./scoring-commands-CB2HJIBD.js")).exportCommand
  }
};

// src/help.ts
var HELP = {
  main: `airesilience \u2014 how resilient is each US occupation to AI?

Usage: airesilience <command> [options]

Commands:
  report <code>            the full report for one occupation (text, md, html, json)
  score <code...>          score, tier, dimension levels and confidence, one line each
  rank                     all occupations ranked by score or a dimension
  compare <code> <code...> occupations side by side
  explain <code>           the arithmetic, source by source
  methodology [show | validate FILE]
                           print the methodology, or check your own methodology file
  sources                  every source with citation, vintage, licence and coverage
  data build|verify|pull   rebuild the snapshot, verify a mirror, pull the source files
  export                   the whole scored table as CSV or JSON
  help <command>           help for a command

<code> is a SOC 2018 code (29-2072) or an O*NET-SOC code (29-2072.00). Words instead of a code
("medical records") list the closest titles with their codes.

Common options (each command's help lists its own):
  --methodology FILE  score with your own methodology (JSON; see methodology show --json)
  --json              machine-readable output (where it makes sense)
  --out FILE          write the output to FILE, atomically, instead of standard output
  --verbose           show the causes of an error
  -h, --help          help for a command
  -v, --version       the version

Examples:
  airesilience report 29-2072
  airesilience score 29-2072 15-1252
  airesilience rank --by mhc --top 10
  airesilience export --format csv --out scores.csv

Environment:
  AIRESILIENCE_DATA_DIR  the mirror of the source files for data build and verify (default ../shared/data)
  NO_COLOR               set to disable colour in the terminal report

Exit status: 0 success, 2 bad input or arguments, 3 data or I/O failure, 1 a bug.`,
  report: `Usage: airesilience report <code> [--format text|md|html|json] [--out FILE] [--methodology FILE]

The full report for one occupation: score and tier, dimensions, every source's value and contribution,
confidence and uncertainty, BLS facts, the O*NET tasks with their resilience, and the citations.
<code> is a SOC 2018 code (29-2072) or an O*NET-SOC code (29-2072.00); words list the closest titles.

Options:
  -f, --format FORMAT  text (default; coloured on a terminal unless NO_COLOR is set), md, html or json
  --json               the same as --format json
  -o, --out FILE       write to FILE (atomically) instead of standard output
  -m, --methodology FILE
                       score with your own methodology
  --draws N            Monte Carlo draws for the uncertainty interval (default 10000)
  --seed N             seed of the Monte Carlo draws (default 1)

Examples:
  airesilience report 29-2072
  airesilience report 29-2072 --format html --out medical-records.html
  airesilience report 29-2072 --json | jq .result.tier`,
  score: `Usage: airesilience score <code...> [--json] [--out FILE] [--methodology FILE]

One line per occupation: score, tier, the level of each dimension and the confidence.

Options:
  --json               one JSON object per occupation, in an array
  -o, --out FILE       write to FILE (atomically) instead of standard output
  -m, --methodology FILE
                       score with your own methodology

Examples:
  airesilience score 29-2072 15-1252
  airesilience score 29-2072 --json
  airesilience score 29-2072 --methodology my-method.json`,
  rank: `Usage: airesilience rank [--by score|DIMENSION] [--top N] [--format text|csv|json] [--out FILE]
                         [--methodology FILE]

The BLS occupations ranked, most resilient first (ties in code order).

Options:
  --by KEY             score (default) or a dimension of the methodology: mhc, lte or seo by default
  --top N              only the first N
  -f, --format FORMAT  text (default), csv or json
  --json               the same as --format json
  -o, --out FILE       write to FILE (atomically) instead of standard output
  -m, --methodology FILE
                       rank with your own methodology

Examples:
  airesilience rank --top 20
  airesilience rank --by lte --format csv --out demand.csv`,
  compare: `Usage: airesilience compare <code> <code...> [--json] [--out FILE] [--methodology FILE]

Occupations side by side: score, tier, confidence, each dimension and each source's percentile.

Options:
  --json               the same summaries as score --json
  -o, --out FILE       write to FILE (atomically) instead of standard output
  -m, --methodology FILE
                       score with your own methodology

Example:
  airesilience compare 29-2072 29-1141 43-3031`,
  explain: `Usage: airesilience explain <code> [--json] [--out FILE] [--methodology FILE]

The arithmetic, source by source: raw value \u2192 percentile in the source's own universe \u2192 weight inside the
dimension (renormalised when a source has no data) \u2192 contribution to the score, then dimensions \u2192 score
\u2192 tier, and the confidence.

Options:
  --json               the dimensions, sources, score and tier as JSON
  -o, --out FILE       write to FILE (atomically) instead of standard output
  -m, --methodology FILE
                       explain under your own methodology

Example:
  airesilience explain 29-2072`,
  methodology: `Usage: airesilience methodology [show] [--json] [--methodology FILE]
       airesilience methodology validate FILE [--json]

show      print the methodology in use: the default, or --methodology FILE (--json: the full JSON,
          a starting point for your own)
validate  check a methodology file: valid JSON, weights summing to 1, known sources present in the
          dataset, tiers in order; exits 2 naming the rule that was broken

Examples:
  airesilience methodology show --json > my-method.json
  airesilience methodology validate my-method.json`,
  sources: `Usage: airesilience sources [--json] [--out FILE]

Every source with its citation, vintage, licence, files (with sha256) and coverage of the BLS occupations.

Examples:
  airesilience sources
  airesilience sources --json | jq '.[].licence'`,
  data: `Usage: airesilience data build|verify|pull [options]

build   rebuild the snapshot from a mirror of the source files (verified first: nothing is written
        unless every file matches MANIFEST.tsv)
          --data-dir DIR   the mirror (default: $AIRESILIENCE_DATA_DIR, else ../shared/data)
          --out DIR        the snapshot directory (default: the installed package's snapshot)
verify  check every file of a mirror against its MANIFEST.tsv (present, size, sha256); exits 3 naming
        each missing or altered file
          --data-dir DIR   the mirror
          --json           the result per file as JSON
pull    copy or download the source files into a directory, verifying each checksum
          --from DIR|URL   a local mirror or an http(s) base URL (required)
          --to DIR         the destination (required)
          --json           the files pulled as JSON

Progress is a bar on a terminal and plain lines otherwise, on standard error.

Examples:
  airesilience data verify --data-dir ../shared/data
  airesilience data pull --from ../shared/data --to ~/.cache/airesilience
  airesilience data build --data-dir ~/.cache/airesilience --out ./snapshot`,
  export: `Usage: airesilience export [--format csv|json] [--out FILE] [--methodology FILE]

The whole scored table, one row per occupation with every dimension and source column, for pandas, R or
DuckDB. The output is byte-identical from run to run.

Options:
  -f, --format FORMAT  csv (default) or json
  --json               the same as --format json
  -o, --out FILE       write to FILE (atomically) instead of standard output
  -m, --methodology FILE
                       score with your own methodology

Examples:
  airesilience export --out scores.csv
  airesilience export --format json --out scores.json`
};

// src/main.ts
function formatError(error, verbose, command) {
  const message = (error instanceof Error ? error.message : String(error)).replace(
    /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/g,
    ""
  );
  let text = `airesilience: ${message.split("\n")[0]}
`;
  const helpFor = error instanceof CliUsageError ? error.command ?? command : void 0;
  if (helpFor !== void 0 && HELP[helpFor] !== void 0)
    text += `Run \`airesilience ${helpFor} --help\` for usage.
`;
  if (exitCodeFor(error) === EXIT.internal && !verbose) {
    text += "This looks like a bug: run again with --verbose and report the output.\n";
  }
  if (verbose) {
    let cause = error?.cause;
    for (let depth = 0; cause !== void 0 && cause !== null && depth < 10; depth++) {
      text += `  caused by: ${cause instanceof Error ? cause.message : String(cause)}
`;
      cause = cause.cause;
    }
    if (error instanceof Error && error.stack) text += `${error.stack}
`;
  }
  return text;
}
function checkOptions(command, options, allowed) {
  for (const name of Object.keys(options)) {
    if (options[name] === void 0 || GLOBAL_OPTIONS.includes(name)) continue;
    if (!allowed.includes(name)) {
      throw new CliUsageError(`${command} does not take --${name}`, command);
    }
  }
}
async function main(argv, io, version = "0.0.0") {
  let verbose = argv.includes("--verbose");
  let command;
  try {
    const line = parseCommandLine(argv);
    verbose = line.options.verbose === true;
    command = line.command;
    if (line.options.version) {
      io.stdout(`${version}
`);
      return EXIT.ok;
    }
    if (line.command === void 0 || line.command === "help") {
      const topic = line.command === "help" ? line.positionals[0] : void 0;
      if (topic !== void 0 && HELP[topic] === void 0) {
        const suggestion = closestName(topic, Object.keys(COMMANDS));
        throw new CliUsageError(
          `no help on "${topic}"${suggestion ? `; did you mean "${suggestion}"?` : ""} (see airesilience --help)`
        );
      }
      io.stdout(`${HELP[topic ?? "main"]}
`);
      return EXIT.ok;
    }
    const spec = COMMANDS[line.command];
    if (!spec) {
      const suggestion = closestName(line.command, Object.keys(COMMANDS));
      throw new CliUsageError(
        `unknown command "${line.command}"${suggestion ? `; did you mean "${suggestion}"?` : ""} (see airesilience --help)`
      );
    }
    if (line.options.help) {
      io.stdout(`${HELP[line.command]}
`);
      return EXIT.ok;
    }
    checkOptions(line.command, line.options, spec.options);
    const [run, { createContext }] = await Promise.all([spec.load(), import("./scoring-commands-CB2HJIBD.js")]);
    await run(createContext(io, line));
    return EXIT.ok;
  } catch (error) {
    io.stderr(formatError(error, verbose, command));
    return exitCodeFor(error);
  }
}

export {
  EXIT,
  exitCodeFor,
  formatError,
  main
};
//# sourceMappingURL=chunk-65XD2MY5.js.map