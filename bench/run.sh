#!/usr/bin/env bash
# Builds the engine and the benchmark, then runs it. Arguments are passed to EngineBench, e.g.
#   bench/run.sh --sizes 1000,10000 --runs 5 --markdown bench/target/results.md
# JFR profile of the run: BENCH_JFR=1 bench/run.sh  (writes bench/target/bench.jfr)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
mvn -q -B -pl bench -am package -DskipTests
# Run from a private copy of the engine jar: a concurrent build of the engine rewrites
# rego/target while a long benchmark is still loading classes from it.
SNAP="$ROOT/bench/target/engine-snapshot"
rm -rf "$SNAP" && mkdir -p "$SNAP"
CP=""
IFS=":" read -r -a ENTRIES < "$ROOT/bench/target/bench.classpath" || true  # no trailing newline: read returns 1
for e in "${ENTRIES[@]}"; do
  case "$e" in
    "$ROOT"/*) cp -r "$e" "$SNAP/" && e="$SNAP/$(basename "$e")" ;;
  esac
  CP="${CP:+$CP:}$e"
done
cp -r "$ROOT/bench/target/classes" "$SNAP/bench-classes"
JAVA_OPTS=${BENCH_JAVA_OPTS:--Xms2g -Xmx8g -XX:+UseParallelGC}
if [ "${BENCH_JFR:-0}" = "1" ]; then
  JAVA_OPTS="$JAVA_OPTS -XX:FlightRecorderOptions:stackdepth=2048 -XX:StartFlightRecording=filename=$ROOT/bench/target/bench.jfr,settings=profile"
fi
# shellcheck disable=SC2086
exec java $JAVA_OPTS -cp "$SNAP/bench-classes:$CP" eu.rampart.bench.EngineBench --dir "$ROOT/bench/target/bench-data" "$@"
