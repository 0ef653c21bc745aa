#!/usr/bin/env bash
# Type-checks and runs every example under examples/ (CI runs it as `npm run examples`, after the build).
# For each example: `npm run typecheck`, then `npm run check` when the example defines it (the browser page is
# built, served and checked in headless Chromium; the notebook is executed on a real Jupyter kernel), else
# `npm start`. Every example runs even when one fails; the exit status is non-zero when any step failed.
set -uo pipefail
cd "$(dirname "$0")/.."
export NO_COLOR=1

if [ ! -f packages/data/snapshot/dataset.json ]; then
  echo "examples: the packages are not built: run npm run build first" >&2
  exit 1
fi

failures=()
examples=0
step() {
  local name=$1
  shift
  local started
  started=$(date +%s)
  echo
  echo "==> examples/$name: $*"
  if "$@"; then
    echo "<== examples/$name: ok in $(($(date +%s) - started)) s"
  else
    echo "<== examples/$name: FAILED after $(($(date +%s) - started)) s: $*" >&2
    failures+=("$name: $*")
  fi
}

for manifest in examples/*/package.json; do
  directory=$(dirname "$manifest")
  name=$(basename "$directory")
  examples=$((examples + 1))
  step "$name" npm run --silent typecheck -w "$directory"
  if node -e "process.exit(require('./$manifest').scripts?.check ? 0 : 1)"; then
    step "$name" npm run --silent check -w "$directory"
  else
    step "$name" npm run --silent start -w "$directory"
  fi
done

echo
if [ "${#failures[@]}" -gt 0 ]; then
  echo "examples: ${#failures[@]} step(s) failed of $((examples * 2)) in $examples examples:" >&2
  printf '  %s\n' "${failures[@]}" >&2
  exit 1
fi
echo "examples: all $examples examples type-check and run"
