#!/usr/bin/env bash
# Builds the engine and the benchmark, then runs it. Arguments are passed to EngineBench, e.g.
#   bench/run.sh --sizes 1000,10000 --runs 5 --markdown bench/target/results.md
# JFR profile of the run: BENCH_JFR=1 bench/run.sh  (writes bench/target/bench.jfr)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
mvn -q -B -pl bench -am package -DskipTests
JAVA_OPTS=${BENCH_JAVA_OPTS:--Xms2g -Xmx6g -XX:+UseParallelGC}
if [ "${BENCH_JFR:-0}" = "1" ]; then
  JAVA_OPTS="$JAVA_OPTS -XX:StartFlightRecording=filename=$ROOT/bench/target/bench.jfr,settings=profile"
fi
# shellcheck disable=SC2086
exec java $JAVA_OPTS -cp "$ROOT/bench/target/classes:$(cat "$ROOT/bench/target/bench.classpath")" \
  eu.rampart.bench.EngineBench --dir "$ROOT/bench/target/bench-data" "$@"
