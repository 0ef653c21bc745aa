#!/usr/bin/env bash
# Executes reproduce-scores.ipynb headlessly on a real Jupyter kernel (Deno's TypeScript kernel) and fails on
# any cell error or on output that did not land in its cell. Idempotent; installs what is missing:
#   - Debian's jupyter-nbconvert (nbconvert + nbclient + jupyter-client) with apt, only when missing;
#   - the kernel: the `deno` binary from the npm package of the same name (a devDependency of this example,
#     installed by `npm ci`), registered in a temporary JUPYTER_PATH (nothing is written to ~/.local).
# Needs the packages built (`npm run build`). Usage: run.sh [notebook.ipynb] (default reproduce-scores.ipynb);
# the executed copy goes to reports/<name>.executed.ipynb.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
started=$(date +%s)

if [ ! -x /usr/bin/jupyter-nbconvert ]; then
  if [ "$(id -u)" != 0 ]; then
    echo "notebook: jupyter-nbconvert is missing; install it with:" >&2
    echo "  apt-get install -y --no-install-recommends jupyter-nbconvert python3-jupyter-client" >&2
    exit 1
  fi
  echo "notebook: installing jupyter-nbconvert (apt)"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null
  apt-get install -y -qq --no-install-recommends jupyter-nbconvert python3-jupyter-client >/dev/null
fi

deno_launcher="$root/node_modules/.bin/deno"
if [ ! -x "$deno_launcher" ]; then
  echo "notebook: $deno_launcher is missing: run npm ci at the repository root" >&2
  exit 1
fi
# The real binary, not the npm launcher, so that the kernel is one process Jupyter can signal.
deno=$("$deno_launcher" eval --quiet 'console.log(Deno.execPath())')
if [ ! -f "$root/packages/data/snapshot/dataset.json" ]; then
  echo "notebook: the data snapshot is missing: run npm run build at the repository root" >&2
  exit 1
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/share/kernels/deno" "$work/runtime"
cat >"$work/share/kernels/deno/kernel.json" <<JSON
{
  "argv": ["$deno", "jupyter", "--kernel", "--conn", "{connection_file}"],
  "display_name": "Deno",
  "language": "typescript",
  "env": { "NO_COLOR": "1" }
}
JSON
export JUPYTER_PATH="$work/share" JUPYTER_RUNTIME_DIR="$work/runtime" JUPYTER_CONFIG_DIR="$work/config"

cd "$here"
notebook=${1:-reproduce-scores.ipynb}
name=$(basename "$notebook" .ipynb)
executed="$work/out/$name.executed.ipynb"
set +e
/usr/bin/jupyter-nbconvert --to notebook --execute "$notebook" \
  --ExecutePreprocessor.kernel_name=deno --ExecutePreprocessor.timeout=600 \
  --output-dir "$work/out" --output "$name.executed.ipynb" 2>&1 | grep -v '"deno jupyter" is unstable'
status=${PIPESTATUS[0]}
set -e
if [ "$status" != 0 ] || [ ! -f "$executed" ]; then
  echo "notebook: $notebook failed (exit $status; see the cell error above)" >&2
  exit 1
fi
node check-outputs.mjs "$executed"
mkdir -p "$root/reports"
cp "$executed" "$root/reports/$name.executed.ipynb"
echo "notebook: $notebook ran in $(($(date +%s) - started)) s; executed copy in reports/$name.executed.ipynb"
