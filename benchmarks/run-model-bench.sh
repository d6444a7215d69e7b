#!/usr/bin/env bash
# Compile and run time of whole models under flexmatch-run: the MLIR
# lowering (relay -> linalg -> LLVM dialect), LLVM's JIT compilation, and
# the fastest of several runs on seeded inputs. Prints a markdown table.
#
# Usage: benchmarks/run-model-bench.sh [build-dir] [model.relay ...]
# Without models: the corpus's resnet18 (1x3x224x224) and mobilenet
# (../shared/corpus/relay), when that folder exists.
set -euo pipefail

build_dir="${1:-build}"
shift || true
run="$build_dir/bin/flexmatch-run"
if [[ ! -x "$run" ]]; then
  echo "error: $run not found; build the flexmatch-run target first" >&2
  exit 1
fi

models=("$@")
if [[ ${#models[@]} -eq 0 ]]; then
  corpus="$(cd "$(dirname "$0")/.." && pwd)/../shared/corpus/relay"
  for name in resnet18 mobilenet; do
    [[ -f "$corpus/$name.relay" ]] && models+=("$corpus/$name.relay")
  done
fi
if [[ ${#models[@]} -eq 0 ]]; then
  echo "error: no models given and ../shared/corpus/relay is absent" >&2
  exit 1
fi

repeats=5
echo "| model | input | lowering (s) | JIT (s) | compile total (s) | run, best of $repeats (s) |"
echo "|---|---|---|---|---|---|"
for model in "${models[@]}"; do
  name="$(basename "$model" .relay)"
  # The first parameter's type, from the Relay signature.
  input="$(grep -m1 -o 'def @main(%[A-Za-z0-9_]*: Tensor\[([0-9, ]*)' "$model" |
           sed 's/.*Tensor\[(\(.*\))/\1/; s/, /x/g')"
  out="$("$run" "$model" --time --repeat "$repeats")"
  times="$(grep '^time:' <<<"$out")"
  lowering="$(sed 's/.*lowering \([0-9.]*\) s.*/\1/' <<<"$times")"
  jit="$(sed 's/.*jit \([0-9.]*\) s.*/\1/' <<<"$times")"
  runtime="$(sed 's/.*run \([0-9.]*\) s.*/\1/' <<<"$times")"
  total="$(awk -v a="$lowering" -v b="$jit" 'BEGIN { printf "%.3f", a + b }')"
  echo "| $name | $input | $lowering | $jit | $total | $runtime |"
done
