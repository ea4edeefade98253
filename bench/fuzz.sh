#!/usr/bin/env bash
# Fuzzes rampart's input handling with Jazzer (coverage-guided, libFuzzer-based), one target after
# the other, each for SECONDS (default 300). Targets are the @FuzzTest classes of core/src/test/java/
# eu/rampart/fuzz, run through Jazzer's standalone driver (the same check as the JUnit fuzz test,
# whose seed corpus `mvn verify` replays in every build):
#   RegoParserFuzzTest   Rego parser and compiler on arbitrary module text
#   ReadersFuzzTest      JSON readers, format detection, normaliser, secret collector
#   EnvironmentFuzzTest  environment YAML loader, aliases, interpolation, settings
#   MaskerFuzzTest       a registered secret never survives any writer's escaping
# Usage: bench/fuzz.sh [SECONDS] [Target...]    (output: bench/fuzz-results/<target>.log)
# A finding (crash, hang > 30 s per input, leak of memory beyond 2 GB) stops that target with its
# reproducer in bench/fuzz-results/; the summary line shows executions and findings per target.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
SECONDS_PER_TARGET="${1:-300}"
shift || true
TARGETS=("$@")
[ ${#TARGETS[@]} -eq 0 ] && TARGETS=(RegoParserFuzzTest ReadersFuzzTest EnvironmentFuzzTest MaskerFuzzTest)
OUT="$ROOT/bench/fuzz-results"
mkdir -p "$OUT"
cd "$ROOT"
mvn -B -q -o -pl core -am test-compile dependency:build-classpath -Dmdep.outputFile="$OUT/classpath-\${project.artifactId}.txt" >/dev/null
CP="$ROOT/core/target/test-classes:$ROOT/core/target/classes:$(cat "$OUT/classpath-rampart-core.txt")"
SEEDS="$ROOT/core/src/test/resources/eu/rampart/fuzz"
printf '%-22s %12s %8s %9s %s\n' target executions seconds exec/s result
for t in "${TARGETS[@]}"; do
  work="$OUT/corpus-$t"
  mkdir -p "$work"
  seeds=$(ls -d "$SEEDS/${t}Inputs"/*/ | head -1)
  log="$OUT/$t.log"
  set +e
  java -Xmx2g -Xss8m -cp "$CP" com.code_intelligence.jazzer.Jazzer \
    --target_class="eu.rampart.fuzz.$t" --instrumentation_includes='eu.rampart.**' --reproducer_path="$OUT" \
    -max_total_time="$SECONDS_PER_TARGET" -timeout=30 -rss_limit_mb=3072 -artifact_prefix="$OUT/$t-" \
    -print_final_stats=1 "$work" "$seeds" > "$log" 2>&1
  rc=$?
  set -e
  runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' | tail -1)
  secs=$(grep -o 'Done [0-9]* runs in [0-9]* second' "$log" | awk '{print $5}' | tail -1)
  result=$([ "$rc" -eq 0 ] && echo "no finding" || echo "FINDING (exit $rc, see $log)")
  printf '%-22s %12s %8s %9s %s\n' "$t" "${runs:-?}" "${secs:-?}" "$(( ${runs:-0} / (${secs:-1} == 0 ? 1 : ${secs:-1}) ))" "$result"
done
