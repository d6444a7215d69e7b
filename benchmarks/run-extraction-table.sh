#!/usr/bin/env bash
# REFERENCE.md's extraction table: for each model, the e-graph of --eqsat
# with configs/im2col.json, extracted by flexmatch-extract with greedy
# (tree cost), dag (greedy DAG cost) and ilp (CBC; exit rows, and levels),
# each with its DAG cost and time, next to the original's figures (its
# e-graph size, greedy and CPLEX ILP times). "proved" says whether the ILP
# proved its result optimal. Times are flexmatch-extract's own (reading
# the JSON excluded), best of three runs.
#
# Usage: benchmarks/run-extraction-table.sh [build-dir]
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
build_dir="${1:-$root/build}"
bin="$build_dir/bin"
corpus="$root/../shared/corpus/relay"
[[ -x "$bin/flexmatch-extract" ]] || { echo "error: build flexmatch-extract first" >&2; exit 1; }
[[ -d "$corpus" ]] || { echo "error: $corpus not found" >&2; exit 1; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# model | original: e-classes, e-nodes, greedy ms, ILP (CPLEX) ms
rows=(
  "efficientnet|26,848|52,085|1|1,164"
  "mobilenetv2|27,110|53,505|1|3,525"
  "resmlp|17,600|35,966|0|3,059"
  "resnet18|17,680|35,930|0|2,199"
  "resnet50_simplifyinference_from_pytorch|26,458|52,382|1|3,554"
)

# extract <json> <args...>: "cost|ms|optimal" (best time of three runs).
extract() {
  local json="$1"; shift
  local best="" cost="" optimal="-" out ms
  for _ in 1 2 3; do
    out="$("$bin/flexmatch-extract" "$json" "$@")"
    cost="$(sed -n 's/^dag cost: //p' <<<"$out")"
    ms="$(sed -n 's/^time: \([0-9.]*\) ms/\1/p' <<<"$out")"
    optimal="$(sed -n 's/^optimal: //p' <<<"$out")"
    if [[ -z "$best" ]] || awk "BEGIN { exit !($ms < $best) }"; then best="$ms"; fi
  done
  echo "$cost|$best|${optimal:--}"
}

echo "| model | e-classes (orig) | e-nodes (orig) | greedy cost / ms (orig ms) | dag cost / ms | ILP cost / ms / proved | ILP levels cost / ms / proved | orig CPLEX ms |"
echo "|---|---|---|---|---|---|---|---|"
for row in "${rows[@]}"; do
  IFS='|' read -r model oclasses onodes ogreedy oilp <<<"$row"
  mlir="$work/$model.mlir"
  json="$work/$model.json"
  "$bin/flexmatch-translate" --import-relay "$corpus/$model.relay" -o "$mlir"
  "$bin/flexmatch-opt" "$mlir" --eqsat="$root/configs/im2col.json dump-egraph=$json" -o /dev/null
  header="$("$bin/flexmatch-extract" "$json" --extractor=greedy | sed -n 's/^classes: \([0-9]*\), nodes: \([0-9]*\),.*/\1|\2/p')"
  IFS='|' read -r classes nodes <<<"$header"
  IFS='|' read -r gcost gms _ <<<"$(extract "$json" --extractor=greedy)"
  IFS='|' read -r dcost dms _ <<<"$(extract "$json" --extractor=dag)"
  IFS='|' read -r icost ims iopt <<<"$(extract "$json" --extractor=ilp --time-limit=30)"
  IFS='|' read -r lcost lms lopt <<<"$(extract "$json" --extractor=ilp --ilp-levels --time-limit=30)"
  echo "| $model | $classes ($oclasses) | $nodes ($onodes) | $gcost / $gms ($ogreedy) | $dcost / $dms | $icost / $ims / $iopt | $lcost / $lms / $lopt | $oilp |"
done
