/** Help texts, one per command; each has a usage line, the options and examples. */
export const HELP: Readonly<Record<string, string>> = {
  main: `airesilience — how resilient is each US occupation to AI?

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

The arithmetic, source by source: raw value → percentile in the source's own universe → weight inside the
dimension (renormalised when a source has no data) → contribution to the score, then dimensions → score
→ tier, and the confidence.

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
  airesilience export --format json --out scores.json`,
};
