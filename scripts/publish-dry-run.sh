#!/usr/bin/env bash
# `npm publish --dry-run` for every published package (every workspace package not marked private):
# runs each package's prepack guard, packs it as npm would publish it and checks the registry metadata,
# without uploading anything. Build first (`npm run build`). Prints one line per package:
#   ok @airesilience/core@0.1.0  118.1 kB packed, 461.2 kB unpacked, 36 files
# and exits non-zero when any package fails.
set -euo pipefail
cd "$(dirname "$0")/.."

workspaces=()
while IFS= read -r name; do workspaces+=(--workspace "$name"); done < <(
  node -e '
    const { readdirSync, readFileSync, existsSync } = require("node:fs");
    for (const directory of readdirSync("packages")) {
      const path = `packages/${directory}/package.json`;
      if (!existsSync(path)) continue;
      const manifest = JSON.parse(readFileSync(path, "utf8"));
      if (manifest.private !== true) console.log(manifest.name);
    }'
)
if [ ${#workspaces[@]} -eq 0 ]; then
  echo "publish-dry-run: no published package found under packages/" >&2
  exit 1
fi

output=$(mktemp)
trap 'rm -f "$output"' EXIT
# The lifecycle scripts' own output and npm's notices go to stderr; with --json the result goes to stdout.
npm publish --dry-run --json --ignore-scripts=false "${workspaces[@]}" >"$output"

node -e '
  // npm prints one JSON document, or several back to back (one per workspace, sometimes keyed by name).
  const text = require("node:fs").readFileSync(process.argv[1], "utf8");
  const documents = [];
  let depth = 0, start = -1, inString = false, escaped = false;
  for (let index = 0; index < text.length; index++) {
    const character = text[index];
    if (inString) {
      if (escaped) escaped = false;
      else if (character === "\\") escaped = true;
      else if (character === "\"") inString = false;
    } else if (character === "\"") inString = true;
    else if (character === "{") { if (depth++ === 0) start = index; }
    else if (character === "}" && --depth === 0) documents.push(JSON.parse(text.slice(start, index + 1)));
  }
  const results = documents.flatMap((document) => (typeof document.id === "string" ? [document] : Object.values(document)));
  const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
  for (const result of results) {
    console.log(`ok ${result.id}  ${kB(result.size)} packed, ${kB(result.unpackedSize)} unpacked, ${result.entryCount} files`);
  }
  const expected = Number(process.argv[2]);
  if (results.length !== expected) {
    console.error(`publish-dry-run: npm reported ${results.length} packages, expected ${expected}`);
    process.exit(1);
  }
' "$output" $(( ${#workspaces[@]} / 2 ))
