#!/usr/bin/env bash
# End-to-end timing of `rampart check` on generated plans (JVM start included):
#   bench/check-bench.sh            300, 1k and 10k resources
#   bench/check-bench.sh --full     also 100k
# Median of 5 runs each, wall and CPU (user+sys) time: the machine may be shared. A size whose check exits 2 or 3
# (input or evaluation error) is reported as not evaluated: only evaluated checks are timed.
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

printf '%-10s %-10s %-12s %-12s %-12s\n' resources "plan" "median wall" "min wall" "median cpu"
status=0
for n in "${SIZES[@]}"; do
  plan="$WORK/plan-$n.json"
  [ -f "$plan" ] || java -cp "$GEN_CP" eu.rampart.bench.plans.PlanGenerator "$n" "$plan" 2>/dev/null
  size=$(du -h "$plan" | cut -f1)
  set +e
  "$ROOT/rampart" check "$plan" --output json --out /dev/null 2>"$WORK/check-$n.err"
  code=$?
  set -e
  if [ "$code" -ge 2 ]; then
    # only evaluated checks are timed; say why this size was not
    printf '%-10s %-10s not evaluated (exit %s): %s\n' "$n" "$size" "$code" "$(grep -m1 'rampart:' "$WORK/check-$n.err" | cut -c1-160)"
    status=1
    continue
  fi
  walls=(); cpus=()
  for _ in $(seq "$RUNS"); do
    /usr/bin/time -f '%e %U %S' -o "$WORK/time" "$ROOT/rampart" check "$plan" --output json --out /dev/null 2>/dev/null || true
    # GNU time adds a "Command exited with non-zero status" line first when findings fail the check
    read -r wall user sys < <(tail -n 1 "$WORK/time")
    walls+=("$wall")
    cpus+=("$(awk -v u="$user" -v s="$sys" 'BEGIN {printf "%.2f", u + s}')")
  done
  printf '%-10s %-10s %-12s %-12s %-12s\n' "$n" "$size" "$(printf '%s\n' "${walls[@]}" | median)" \
    "$(printf '%s\n' "${walls[@]}" | sort -n | head -1)" "$(printf '%s\n' "${cpus[@]}" | median)"
done
echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), load average $(cut -d' ' -f1-3 /proc/loadavg), $(java -version 2>&1 | head -1)"
exit "$status"
