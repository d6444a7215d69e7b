#!/usr/bin/env bash
# Runs the egg "math" workloads (W1-W3, S1-S3) three times each, one
# workload per process so that peak RSS belongs to a single workload, and
# prints a markdown table next to egg 0.9.5's figures from
# shared/bench/egg-math.md.
#
# Usage: benchmarks/run-egraph-bench.sh [build-dir]   (default: ./build)
set -euo pipefail

build_dir="${1:-build}"
bench="$build_dir/benchmarks/egraph-bench/egraph-bench"
if [[ ! -x "$bench" ]]; then
  bench="$(find "$build_dir" -type f -name egraph-bench -perm -u+x 2>/dev/null | head -n1)"
fi
if [[ -z "$bench" || ! -x "$bench" ]]; then
  echo "error: egraph-bench not found under '$build_dir'; build the egraph-bench target first" >&2
  exit 1
fi

runs=3
# name  egg-seconds  egg-rss-MB
egg_reference=(
  "W1 0.000045 2.2"
  "W2 0.00140 2.7"
  "W3 0.0204 8.7"
  "S1 3.24 378"
  "S2 4.94 494"
  "S3 23.4 1440"
)

format_time() {
  awk -v s="$1" 'BEGIN {
    if (s < 0.001) printf "%.0f us", s * 1e6;
    else if (s < 1) printf "%.2f ms", s * 1e3;
    else printf "%.2f s", s }'
}
format_mb() {
  awk -v m="$1" 'BEGIN { if (m >= 1000) printf "%.2f GB", m / 1000; else printf "%.1f MB", m }'
}
median() {
  sort -g | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'
}

echo "| workload | iterations | e-nodes / e-classes | stop | our wall (median of $runs) | our peak RSS | egg wall | egg RSS | wall ratio (ours/egg) | RSS ratio (ours/egg) |"
echo "|---|---|---|---|---|---|---|---|---|---|"
baseline_note=""
for entry in "${egg_reference[@]}"; do
  read -r name egg_seconds egg_mb <<<"$entry"
  walls=()
  rss=()
  result=""
  for ((i = 0; i < runs; i++)); do
    result="$("$bench" --quiet "$name" | grep '^RESULT ')"
    # RESULT name iterations nodes classes stop seconds rss-KiB
    read -r _ _ iterations nodes classes stop seconds rss_kib baseline_kib <<<"$result"
    walls+=("$seconds")
    rss+=("$rss_kib")
  done
  wall="$(printf '%s\n' "${walls[@]}" | median)"
  rss_kib="$(printf '%s\n' "${rss[@]}" | median)"
  rss_mb="$(awk -v k="$rss_kib" 'BEGIN { printf "%.1f", k * 1024 / 1e6 }')"
  wall_ratio="$(awk -v a="$wall" -v b="$egg_seconds" 'BEGIN { printf "%.2f", a / b }')"
  rss_ratio="$(awk -v a="$rss_mb" -v b="$egg_mb" 'BEGIN { printf "%.2f", a / b }')"
  baseline_note="$baseline_kib"
  echo "| $name | $iterations | $nodes / $classes | $stop | $(format_time "$wall") | $(format_mb "$rss_mb") | $(format_time "$egg_seconds") | $(format_mb "$egg_mb") | $wall_ratio | $rss_ratio |"
done
echo
echo "Peak RSS includes about $(awk -v k="$baseline_note" 'BEGIN { printf "%.0f", k * 1024 / 1e6 }') MB resident at process start (mostly the mapped libLLVM.so)."
