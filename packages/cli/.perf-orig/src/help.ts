/** Help texts, one per command; each has a usage line, the options and examples. */
export const HELP: Record<string, string> = {
  main: `airesilience — how resilient is each US occupation to AI?

Usage: airesilience <command> [options]

Commands:
  report <code>            the full report for one occupation (text, md, html, json)
  score <code...>          score, tier, levels and confidence, one line each
  rank                     all occupations ranked by score or a dimension
  compare <code> <code...> occupations side by side
  explain <code>           the arithmetic, source by source
  methodology [show|validate FILE]
                           print the methodology, or check your own methodology file
  sources                  every source with citation, vintage, licence and coverage
  data build|verify|pull   rebuild the snapshot, verify a mirror, pull the source files
  export                   the whole scored table as CSV or JSON

Global options:
  --methodology FILE  score with your own methodology (JSON)
  --verbose           show the cause of an error
  -h, --help          help for a command
  -v, --version       the version

Examples:
  airesilience report 29-2072
  airesilience report "medical records" 
  airesilience rank --by mhc --top 10
  airesilience export --format csv --out scores.csv

Exit status: 0 success, 2 bad input or arguments, 3 data or I/O failure.`,
  report: `Usage: airesilience report <code> [--format text|md|html|json] [--out FILE] [--methodology FILE]

The full report for one occupation: score and tier, dimensions, every source's value and contribution,
confidence and uncertainty, BLS facts, the O*NET tasks with their resilience, and the citations.
<code> is a SOC 2018 code (29-2072) or an O*NET-SOC code (29-2072.00); words suggest matching titles.

Options:
  --format FORMAT     text (default), md, html or json
  --out FILE          write to FILE (atomically) instead of standard output
  --draws N           Monte Carlo draws for the uncertainty interval (default 10000)
  --seed N            seed of the Monte Carlo draws (default 1)

Examples:
  airesilience report 29-2072
  airesilience report 29-2072 --format html --out medical-records.html`,
  score: `Usage: airesilience score <code...> [--json] [--methodology FILE]

One line per occupation: score, tier, the three dimension levels and the confidence.

Examples:
  airesilience score 29-2072 15-1252
  airesilience score 29-2072 --json`,
  rank: `Usage: airesilience rank [--by score|mhc|lte|seo] [--top N] [--format text|csv|json] [--methodology FILE]

All occupations ranked, most resilient first.

Examples:
  airesilience rank --top 20
  airesilience rank --by lte --format csv > demand.csv`,
  compare: `Usage: airesilience compare <code> <code...> [--json] [--methodology FILE]

Occupations side by side: score, tier, dimensions, sources and confidence.

Example:
  airesilience compare 29-2072 29-1141 43-3031`,
  explain: `Usage: airesilience explain <code> [--json] [--methodology FILE]

The arithmetic, source by source: raw value → percentile in the source's own universe → weight inside the
dimension → contribution to the score, then dimensions → score → tier.

Example:
  airesilience explain 29-2072`,
  methodology: `Usage: airesilience methodology [show [--json] | validate FILE]

show      print the methodology in use (the default, or --methodology FILE)
validate  check a methodology file; exits 2 with the rule that was broken

Examples:
  airesilience methodology show --json > my-method.json
  airesilience methodology validate my-method.json`,
  sources: `Usage: airesilience sources [--json]

Every source with its citation, vintage, licence and coverage of the 832 BLS occupations.`,
  data: `Usage: airesilience data build|verify|pull [options]

build   rebuild the snapshot from a mirror of the source files
          --data-dir DIR   the mirror (default: $AIRESILIENCE_DATA_DIR or ../shared/data)
          --out DIR        where to write the snapshot (default: the installed package's snapshot)
verify  check every file of a mirror against its MANIFEST.tsv (present, size, sha256)
          --data-dir DIR
pull    copy or download the source files into a directory, verifying each checksum
          --from DIR|URL   a local mirror or an http(s) base URL (required)
          --to DIR         the destination (required)

Examples:
  airesilience data verify --data-dir ../shared/data
  airesilience data pull --from https://example.org/mirror --to ~/.cache/airesilience
  airesilience data build --data-dir ~/.cache/airesilience`,
  export: `Usage: airesilience export --format csv|json [--out FILE] [--methodology FILE]

The whole scored table: one row per occupation with every dimension and source column, for pandas, R or
DuckDB.

Example:
  airesilience export --format csv --out scores.csv`,
};
