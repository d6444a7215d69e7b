#!/usr/bin/env bash
# Every row of REFERENCE.md's offload table on the corpus models: --eqsat
# with the row's configs (the project's configs/), side by side with the
# original flexmatch's figures. Prints a markdown table: Relay ops before
# and after (call nodes: ops outside composites, constants excluded, a
# composite counts as one call), regions, e-graph size, iterations, stop
# reason and the time of each phase.
#
# Each row is also validated (flexmatch-validate: the compiled model, with
# accelerator ops as calls to the reference runtime, against the original
# on the same seeded inputs): PASSED or FAILED and the largest relative
# error. That JIT-compiles every model twice (about 10 minutes in all);
# --no-validate skips it.
#
# Usage: benchmarks/run-offload-table.sh [build-dir] [greedy|dag|ilp] [--no-validate]
# (the extractor, default greedy; the table also gives its DAG cost)
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
build_dir="${1:-$root/build}"
extractor="${2:-greedy}"
validate=1
[[ "${3:-}" == "--no-validate" ]] && validate=0
bin="$build_dir/bin"
corpus="$root/../shared/corpus/relay"
[[ -x "$bin/flexmatch-opt" ]] || { echo "error: build flexmatch-opt first" >&2; exit 1; }
[[ -d "$corpus" ]] || { echo "error: $corpus not found" >&2; exit 1; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# model | configs | original: ops before, regions, ops after
rows=(
  "efficientnet|im2col linear-rewrites|1160|35|1134"
  "efficientnet|hlscnn-conv2d|1160|35|848"
  "efficientnet|im2col vta-dense|1160|9|920"
  "mobilenetv2|im2col linear-rewrites|757|41|1174"
  "mobilenetv2|hlscnn-conv2d|757|40|871"
  "mobilenetv2|im2col vta-dense|757|34|1128"
  "resmlp|im2col linear-rewrites|343|38|402"
  "resmlp|im2col vta-dense|343|0|343"
  "resnet20|im2col linear-rewrites|294|22|495"
  "resnet20|hlscnn-conv2d|294|21|325"
  "resnet20|im2col vta-dense|294|20|485"
  "lstm-for-pldi|flexasr-lstm|577|1|12"
  "transformer|flexasr-lstm linear-rewrites|872|66|801"
  "transformer|vta-dense|872|66|867"
  "resnet50_simplifyinference_from_tf|im2col linear-rewrites|609|54|1183"
  "resnet50_simplifyinference_from_tf|hlscnn-conv2d|609|53|766"
  "resnet50_simplifyinference_from_tf|im2col vta-dense|609|24|951"
  "resnet50_simplifyinference_from_pytorch|im2col linear-rewrites|709|54|1233"
  "resnet50_simplifyinference_from_pytorch|hlscnn-conv2d|709|53|816"
  "resnet50_simplifyinference_from_pytorch|im2col vta-dense|709|24|1001"
  "resnet50_simplifyinference_from_onnx|im2col linear-rewrites|194|54|614"
  "resnet50_simplifyinference_from_onnx|hlscnn-conv2d|194|53|197"
  "resnet50_simplifyinference_from_onnx|im2col vta-dense|194|24|382"
)

# Ops directly in @main (4-space indent), composites once, constants not.
count_ops() {
  awk '/^    (%[^ ]+ = )?"?(relay|access|flexmatch)\./ &&
       !/= relay\.constant/ && !/= access\.literal/ { n++ } END { print n + 0 }' "$1"
}

echo "| model | configs | ops before (orig) | regions (orig) | ops after (orig) | e-nodes | e-classes | iterations | stop | DAG cost | build s | saturate s | extract s | rebuild s | validated |"
echo "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|"
for row in "${rows[@]}"; do
  IFS='|' read -r model configs obefore oregions oafter <<<"$row"
  mlir="$work/$model.mlir"
  [[ -f "$mlir" ]] || "$bin/flexmatch-translate" --import-relay "$corpus/$model.relay" -o "$mlir"
  paths=""
  for c in $configs; do paths+="${paths:+,}$root/configs/$c.json"; done
  out="$work/out.mlir"
  if ! summary="$("$bin/flexmatch-opt" "$mlir" --eqsat="$paths extract=$extractor progress=true" -o "$out" 2>&1 | grep 'stop')"; then
    summary="$("$bin/flexmatch-opt" "$mlir" --eqsat="$paths extract=$extractor" -o "$out" 2>&1 | grep -m1 error || true)"
    echo "| $model | $configs | $(count_ops "$mlir") ($obefore) | - ($oregions) | - ($oafter) | | | | ${summary//|/ } | | | | | | |"
    continue
  fi
  field() { sed -n "s/.*$1.*/\1/p" <<<"$summary"; }
  stop="$(field 'stop \([A-Za-z]*\) after.*')"
  iterations="$(field 'after \([0-9]*\) iterations.*')"
  nodes="$(field '; \([0-9]*\) e-nodes.*')"
  classes="$(field ' \([0-9]*\) e-classes.*')"
  regions="$(field 'regions \([0-9]*\).*')"
  build="$(field 'build \([0-9.]*\) s.*')"
  saturate="$(field 'saturate \([0-9.]*\) s.*')"
  extract="$(field 'extract \([0-9.]*\) s.*')"
  rebuild="$(field 'rebuild \([0-9.]*\) s.*')"
  cost="$(field 'DAG cost \([0-9.e+]*\).*')"
  [[ "$summary" == *"not proven optimal"* ]] && cost+=" (not proven)"
  validated="-"
  if (( validate )); then
    use_ilp=""
    [[ "$extractor" == ilp ]] && use_ilp="--use-ilp"
    # shellcheck disable=SC2086
    report="$("$bin/flexmatch-validate" "$corpus/$model.relay" --configs $configs $use_ilp --quiet 2>&1 || true)"
    verdict="$(grep -oE '^(PASSED|FAILED)' <<<"$report" || echo ERROR)"
    worst="$(sed -n 's/.*max rel error \([0-9.e+-]*\).*/\1/p' <<<"$report" | sort -g | tail -1)"
    validated="$verdict${worst:+ (max rel error $worst)}"
  fi
  echo "| $model | $configs | $(count_ops "$mlir") ($obefore) | $regions ($oregions) | $(count_ops "$out") ($oafter) | $nodes | $classes | $iterations | $stop | $cost | $build | $saturate | $extract | $rebuild | $validated |"
done
