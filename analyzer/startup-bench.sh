#!/usr/bin/env bash
# Start-up time of the Pulumi analyzer plugin: from process start to the port announced on stdout
# (what the Pulumi CLI waits for), started exactly as the CLI starts it, N times; prints the median.
# Usage: analyzer/startup-bench.sh [runs]   (default 5; the plugin is built first if needed)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
RUNS="${1:-5}"
PLUGIN="$ROOT/policies/pulumi-analyzer-policy-rampart"
# Build once outside the timed runs.
"$PLUGIN" 127.0.0.1:1 "$ROOT/policies" </dev/null 2>/dev/null | head -n 1 >/dev/null || true
times=()
cd "$ROOT/policies"
for i in $(seq "$RUNS"); do
  start=$(date +%s%N)
  # No engine listens at 127.0.0.1:1; the plugin only contacts it after announcing its port.
  coproc PLUG { exec "$PLUGIN" 127.0.0.1:1 . 2>/dev/null; }
  read -r port <&"${PLUG[0]}"
  end=$(date +%s%N)
  kill "$PLUG_PID" 2>/dev/null || true
  wait "$PLUG_PID" 2>/dev/null || true
  [[ "$port" =~ ^[0-9]+$ ]] || { echo "run $i: no port announced (got '$port')" >&2; exit 1; }
  times+=($(( (end - start) / 1000000 )))
done
sorted=($(printf '%s\n' "${times[@]}" | sort -n))
echo "runs (ms): ${times[*]}"
echo "median to announced port: ${sorted[$(( RUNS / 2 ))]} ms ($(nproc) cores, $(java -version 2>&1 | head -n 1))"
