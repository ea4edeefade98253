#!/usr/bin/env bash
# Fuzzes rampart's input handling with Jazzer (coverage-guided, libFuzzer-based), each target for
# SECONDS (default 300), PARALLEL targets at a time (default: the number of cores). Targets are the
# @FuzzTest classes of core/src/test/java/eu/rampart/fuzz, run through Jazzer's standalone driver
# (the same check as the JUnit fuzz test, whose seed corpus `mvn verify` replays in every build).
# Every target works in memory (no file per input) so that one execution costs microseconds:
#   RegoParserFuzzTest   Rego parser and compiler on arbitrary module text (v1 and v0)
#   ReadersFuzzTest      UTF-8 decoding, JSON readers, format detection, normaliser, secret collector
#   EnvironmentFuzzTest  environment YAML loader, aliases, interpolation, settings
#   MaskerFuzzTest       a registered secret never survives any writer's escaping
# Usage: bench/fuzz.sh [SECONDS] [Target...]    (output: bench/fuzz-results/<target>.log)
#        PARALLEL=1 bench/fuzz.sh 3600          (one target after the other)
# FUZZ_TIMEOUT=S (default 30) is the hang threshold per input; on a loaded machine the first inputs
# (classes instrumented while they load) can take longer, so raise it there.
# A finding (crash, hang > FUZZ_TIMEOUT s per input, leak of memory beyond 3 GB) stops that target with its
# reproducer in bench/fuzz-results/; the summary shows per target the seconds, executions, exec/s,
# peak RSS and result, then the total executions, the machine and its load average.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
SECONDS_PER_TARGET="${1:-300}"
shift || true
TARGETS=("$@")
[ ${#TARGETS[@]} -eq 0 ] && TARGETS=(RegoParserFuzzTest ReadersFuzzTest EnvironmentFuzzTest MaskerFuzzTest)
PARALLEL="${PARALLEL:-$(nproc)}"
OUT="$ROOT/bench/fuzz-results"
mkdir -p "$OUT"
cd "$ROOT"
if [ -z "${FUZZ_SKIP_BUILD:-}" ]; then
  mvn -B -q -o -pl core -am test-compile dependency:build-classpath -Dmdep.outputFile="$OUT/classpath-\${project.artifactId}.txt" >/dev/null
fi
# The classes are copied aside so that builds running meanwhile cannot change them under the fuzzer.
CLASSES="$OUT/classes-$$"
trap 'rm -rf "$CLASSES"' EXIT
rm -rf "$CLASSES" && mkdir -p "$CLASSES"
cp -r "$ROOT/core/target/test-classes" "$CLASSES/test-classes"
cp -r "$ROOT/core/target/classes" "$CLASSES/classes"
CP="$CLASSES/test-classes:$CLASSES/classes"
# the other modules' classes (rego) are copied aside too; jars from ~/.m2 are used in place
IFS=":" read -r -a DEPS < "$OUT/classpath-rampart-core.txt" || true  # no newline at the end: read says 1
for d in "${DEPS[@]}"; do
  if [[ "$d" == "$ROOT"/* && -d "$d" ]]; then
    copy="$CLASSES/dep-$(echo "${d#"$ROOT"/}" | tr '/' '-')"
    cp -r "$d" "$copy"
    CP="$CP:$copy"
  else
    CP="$CP:$d"
  fi
done
SEEDS="$ROOT/core/src/test/resources/eu/rampart/fuzz"

# Largest input the fuzzer generates per target: big enough for every construct the target parses
# (seeds longer than this are truncated), small enough to keep executions in the microseconds.
max_len() {
  case "$1" in
    RegoParserFuzzTest) echo 2048 ;;
    ReadersFuzzTest) echo 4096 ;;
    EnvironmentFuzzTest) echo 2048 ;;
    MaskerFuzzTest) echo 512 ;;
    *) echo 4096 ;;
  esac
}

run_target() {
  local t="$1" work="$OUT/corpus-$1" log="$OUT/$1.log" seeds rc
  mkdir -p "$work"
  seeds=$(ls -d "$SEEDS/${t}Inputs"/*/ | head -1)
  set +e
  /usr/bin/time -f '%e s wall %U s user %S s sys %M KB maxrss' -o "$OUT/$t.time" \
    java -Xmx2g -Xss8m -XX:+UseSerialGC -cp "$CP" com.code_intelligence.jazzer.Jazzer \
    --target_class="eu.rampart.fuzz.$t" --instrumentation_includes='eu.rampart.**' --reproducer_path="$OUT" \
    -max_total_time="$SECONDS_PER_TARGET" -max_len="$(max_len "$t")" -timeout="${FUZZ_TIMEOUT:-30}" -rss_limit_mb=3072 \
    -artifact_prefix="$OUT/$t-" -print_final_stats=1 "$work" "$seeds" > "$log" 2>&1
  rc=$?
  set -e
  echo "$rc" > "$OUT/$t.rc"
}

running=0
for t in "${TARGETS[@]}"; do
  run_target "$t" &
  running=$((running + 1))
  if [ "$running" -ge "$PARALLEL" ]; then wait -n || true; running=$((running - 1)); fi
done
wait || true

printf '%-22s %8s %12s %9s %10s %s\n' target seconds executions exec/s "peak RSS" result
total=0
for t in "${TARGETS[@]}"; do
  log="$OUT/$t.log"
  runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' | tail -1 || true)
  secs=$(grep -o 'Done [0-9]* runs in [0-9]* second' "$log" | awk '{print $5}' | tail -1 || true)
  rss=$(grep -o 'stat::peak_rss_mb: *[0-9]*' "$log" | grep -o '[0-9]*$' | tail -1 || true)
  rc=$(cat "$OUT/$t.rc")
  result=$([ "$rc" -eq 0 ] && echo "no finding" || echo "FINDING (exit $rc, see $log)")
  printf '%-22s %8s %12s %9s %7s MB %s   [%s]\n' "$t" "${secs:-?}" "${runs:-?}" "$(( ${runs:-0} / (${secs:-1} == 0 ? 1 : ${secs:-1}) ))" "${rss:-?}" "$result" "$(cat "$OUT/$t.time" | tail -1)"
  total=$((total + ${runs:-0}))
done
echo "total executions: $total"
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/Mem:/{print $2}') GB, $(java -version 2>&1 | head -1); load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
