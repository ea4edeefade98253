#!/usr/bin/env bash
# Wall and CPU time of `rampart plan` end to end (CLI JVM, stack config, the program's JVM against the
# local engine, regions, plan written), warm: the CLI built, the stack's class path cached and the
# program JVM's class-data archive recorded by one untimed run first. Prints each run, the medians
# and the load average. Usage: bench/plan-bench.sh [runs] [stack] [env]
# RAMPART_NO_CDS=1 measures without class-data sharing (CLI and program JVM), as before it.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
RUNS="${1:-5}"; STACK="${2:-stacks/aws-landing-zone}"; ENV="${3:-prod}"
OUT="$(mktemp -d)"; trap 'rm -rf "$OUT"' EXIT
"$ROOT/rampart" plan --stack "$ROOT/$STACK" --env "$ENV" -o "$OUT/warmup.json" --no-progress >/dev/null 2>&1
load_before=$(cut -d' ' -f1 /proc/loadavg)
walls=(); cpus=()
for i in $(seq "$RUNS"); do
  start=$(date +%s%N)
  /usr/bin/time -o "$OUT/time" -f '%U %S' "$ROOT/rampart" plan --stack "$ROOT/$STACK" --env "$ENV" -o "$OUT/plan.json" --no-progress >/dev/null 2>&1
  end=$(date +%s%N)
  ms=$(( (end - start) / 1000000 ))
  cpu=$(awk '{printf "%d", ($1 + $2) * 1000}' "$OUT/time")
  walls+=("$ms"); cpus+=("$cpu")
  echo "run $i: ${ms} ms wall, ${cpu} ms CPU (user + sys)"
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2)}'; }
echo "median: $(median "${walls[@]}") ms wall, $(median "${cpus[@]}") ms CPU ($(grep -c '"urn"' "$OUT/plan.json") \"urn\" lines in the plan;" \
  "load average $load_before before, $(cut -d' ' -f1-3 /proc/loadavg) after)"
