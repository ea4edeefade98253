#!/usr/bin/env bash
# End-to-end timing of `rampart check` on generated plans (JVM start included):
#   bench/check-bench.sh            300, 1k and 10k resources
#   bench/check-bench.sh --full     also 100k
# Median of 5 runs each (hyperfine when installed, else a timing loop). A run that exits 2 or 3
# (input or evaluation error) aborts the benchmark: only evaluated checks are timed.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SIZES=(300 1000 10000)
[ "${1:-}" = "--full" ] && SIZES+=(100000)
RUNS=5
WORK="${RAMPART_BENCH_DIR:-$ROOT/bench/target/check-bench}"
mkdir -p "$WORK"

echo "building the CLI and the plan generator..." >&2
(cd "$ROOT" && mvn -q -B -pl bench -am package -DskipTests) >&2
# the first (untimed) check of each size also builds the CLI and records the class-data archive
GEN_CP="$ROOT/bench/target/classes:$(cat "$ROOT/bench/target/bench.classpath")"

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

printf '%-10s %-12s %-10s %-10s %-10s\n' resources "plan size" "median s" "min s" "max s"
for n in "${SIZES[@]}"; do
  plan="$WORK/plan-$n.json"
  [ -f "$plan" ] || java -cp "$GEN_CP" eu.rampart.bench.plans.PlanGenerator "$n" "$plan" 2>/dev/null
  set +e
  "$ROOT/rampart" check "$plan" --output json --out /dev/null 2>"$WORK/check-$n.err"
  code=$?
  set -e
  if [ "$code" -ge 2 ]; then
    echo "rampart check on $plan exited $code (not evaluated):" >&2
    cat "$WORK/check-$n.err" >&2
    exit "$code"
  fi
  times=()
  for _ in $(seq "$RUNS"); do
    start=$(date +%s%N)
    "$ROOT/rampart" check "$plan" --output json --out /dev/null 2>/dev/null || true
    end=$(date +%s%N)
    times+=("$(awk -v s="$start" -v e="$end" 'BEGIN {printf "%.3f", (e - s) / 1e9}')")
  done
  med=$(printf '%s\n' "${times[@]}" | median)
  min=$(printf '%s\n' "${times[@]}" | sort -n | head -1)
  max=$(printf '%s\n' "${times[@]}" | sort -n | tail -1)
  size=$(du -h "$plan" | cut -f1)
  printf '%-10s %-12s %-10s %-10s %-10s\n' "$n" "$size" "$med" "$min" "$max"
done
echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(java -version 2>&1 | head -1)"
