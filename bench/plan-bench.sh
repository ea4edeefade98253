#!/usr/bin/env bash
# Wall time of `rampart plan` end to end (CLI JVM, stack config, the program's JVM against the local
# engine, regions, plan written), warm: the CLI built and the stack's class path cached by one
# untimed run first. Prints each run and the median. Usage: bench/plan-bench.sh [runs] [stack] [env]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
RUNS="${1:-5}"; STACK="${2:-stacks/aws-landing-zone}"; ENV="${3:-prod}"
OUT="$(mktemp -d)"; trap 'rm -rf "$OUT"' EXIT
"$ROOT/rampart" plan --stack "$ROOT/$STACK" --env "$ENV" -o "$OUT/warmup.json" --no-progress >/dev/null 2>&1
times=()
for i in $(seq "$RUNS"); do
  start=$(date +%s%N)
  "$ROOT/rampart" plan --stack "$ROOT/$STACK" --env "$ENV" -o "$OUT/plan.json" --no-progress >/dev/null 2>&1
  end=$(date +%s%N)
  ms=$(( (end - start) / 1000000 )); times+=("$ms"); echo "run $i: ${ms} ms"
done
median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2)}')
echo "median: ${median} ms ($(grep -c '"urn"' "$OUT/plan.json") resources; load average $(cut -d' ' -f1-3 /proc/loadavg))"
