#!/usr/bin/env bash
# Optional differential check (not part of ctest): Port's own lib/template.js, driven by node with a
# jq 1.6 CLI shim standing in for the native binding, against `action-designer render`.
#   PORT_TEMPLATE_JS=/path/to/jq-node-bindings/lib/template.js tests/template/differential/run.sh build/action-designer
# Expected differences come from the shim, not the engine: error({}) (the binding gives no output,
# the CLI an error), `infinite` (the binding hands JS Infinity -> null, the CLI prints 1.797e308)
# and strings holding NUL (the binding cuts them).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
bin=${1:?usage: run.sh path/to/action-designer}
: "${PORT_TEMPLATE_JS:?set PORT_TEMPLATE_JS to the path of lib/template.js}"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$PORT_TEMPLATE_JS" "$work/template.js"
cp "$here/jq.js" "$here/run.js" "$work/"
python3 "$here/extract-cases.py" "$here/../tst_porttemplate.cpp" "$work"
node "$work/run.js" "$work/ctx.json" "$work/cases.txt" > "$work/port.txt"
: > "$work/ours.txt"
while IFS= read -r line; do
  printf '%s' "$line" > "$work/t.json"
  if out=$("$bin" render --context "$work/ctx.json" --template "$work/t.json" 2>"$work/err"); then
    echo "$out" >> "$work/ours.txt"
  else
    grep '^error:' "$work/err" >> "$work/ours.txt" || echo "(exit $?)" >> "$work/ours.txt"
  fi
done < "$work/cases.txt"
total=$(wc -l < "$work/cases.txt")
paste -d'\t' "$work/names.txt" "$work/port.txt" "$work/ours.txt" |
  awk -F'\t' -v total="$total" '$2 != $3 { d++; print $1 "\n  port: " $2 "\n  ours: " $3 } END { print d+0 " of " total " differ" }'
