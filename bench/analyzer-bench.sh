#!/usr/bin/env bash
# Latency of the Pulumi analyzer plugin, driven over gRPC as the Pulumi engine drives it:
#   start-up to the announced port (median of N starts),
#   per-resource Analyze over the first 1,000 S3 buckets right after start-up (as an engine calling at
#   once sees it; IDLE_MILLIS=N waits N ms first, as the engine does while a program's runtime starts),
#   the round trip of an empty call, Analyze over the 1,000 buckets after WARM_PASSES more passes
#   (default 5; 25 reaches the JIT's steady state) (median, p90, p99),
#   AnalyzeStack of those 1,000 buckets (median of 9 calls);
# each with the plugin process's CPU time, then the figures issue 12 sets targets for (met / NOT met).
# The bench's own client is warmed first against a stand-in server: the engine is a compiled Go program
# (WARM_CLIENT=false leaves it cold, as a JVM probe started for the purpose is: run with 1 start;
# COLD_CLIENTS=N then times N fresh client JVMs against the plugin once it is warm: the cold
# client's own share).
# Usage: bench/analyzer-bench.sh [installed|checkout|service|floor] [starts]
#   installed (default): `./rampart policy install` into a fresh PULUMI_HOME (INSTALL_ARGS are added,
#                        e.g. "--java-home /usr/lib/jvm/java-17-openjdk-amd64"), then the plugin found
#                        there, started with cwd = a pack directory holding only PulumiPolicy.yaml
#                        (NO_ARCHIVE=true: without the archive or cache install recorded)
#   checkout:            policies/pulumi-analyzer-policy-rampart, with cwd = policies/
#   service:             no process, no gRPC: the service's own CPU time per Analyze call in one JVM
#                        (AnalyzerCpuProfile; the first 1,000 calls, then warm rounds), on the
#                        plugin's JVM flags (RAMPART_ANALYZER_JAVA_OPTS replaces them, as for the
#                        plugin) and the java that JAVA names (default: java on PATH); "starts" is
#                        the number of JVMs run one after another
#   floor:               the transport alone, the floor under every figure: the plugin's own gRPC
#                        server on the plugin's JVM flags, answering the same buckets with the
#                        plugin's answers and analysing nothing (TransportFloorServer), on the java
#                        that JAVA names; from Java 25 with an ahead-of-time cache of a training
#                        run, as install records one for the plugin
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
MODE="${1:-installed}"
STARTS="${2:-5}"
cd "$ROOT"
echo "building the analyzer and its bench classes..." >&2
mvn -q -B -o -pl analyzer -am test-compile process-test-classes >&2
CP="$ROOT/analyzer/target/test-classes:$ROOT/analyzer/target/classes:$(cat "$ROOT/analyzer/target/analyzer-test.classpath")"
if [ "$MODE" = service ]; then
  # the launchers' own default flags (DEFAULT_OPTS)
  . "$ROOT/cli/src/main/resources/eu/rampart/cli/policy/jvm-flags.sh"
  FLAGS="${RAMPART_ANALYZER_JAVA_OPTS:-$DEFAULT_OPTS}"
  echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), $(${JAVA:-java} -version 2>&1 | head -n 1)"
  echo "flags: $FLAGS"
  for i in $(seq 1 "$STARTS"); do
    echo "JVM $i:"
    # shellcheck disable=SC2086
    "${JAVA:-java}" $FLAGS -Drounds=3 -DstackRounds=0 -cp "$CP" eu.rampart.analyzer.AnalyzerCpuProfile "$ROOT/policies" 2>/dev/null | sed 's/^/  /'
  done
  exit 0
fi
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
if [ "$MODE" = installed ]; then
  # shellcheck disable=SC2086
  PULUMI_HOME="$WORK/pulumi-home" "$ROOT/rampart" policy install ${INSTALL_ARGS:-} >&2
  EXE="$WORK/pulumi-home/plugins/analyzer-policy-rampart-v$(sed -n 's/^version: *//p' "$ROOT/policies/PulumiPolicy.yaml")/pulumi-analyzer-policy-rampart"
  # NO_ARCHIVE=true deletes the class-data archive or ahead-of-time cache install recorded: the
  # launcher then starts without one (what it costs and gains)
  if [ "${NO_ARCHIVE:-false}" = true ]; then rm -f "$(dirname "$EXE")/rampart-analyzer.aot" "$(dirname "$EXE")/rampart-analyzer.jsa"; fi
  PACK="$WORK/pack"; mkdir -p "$PACK"; cp "$ROOT/policies/PulumiPolicy.yaml" "$PACK/"
elif [ "$MODE" = floor ]; then
  . "$ROOT/cli/src/main/resources/eu/rampart/cli/policy/jvm-flags.sh"
  FJAVA="${JAVA:-java}"
  # an ahead-of-time cache takes jars only: the classpath's class directories are jarred
  mkdir -p "$WORK/floor"
  FCP=""; n=0
  IFS=: read -r -a ENTRIES <<< "$CP"
  for e in "${ENTRIES[@]}"; do
    if [ -d "$e" ]; then n=$((n + 1)); jar cf "$WORK/floor/classes-$n.jar" -C "$e" .; e="$WORK/floor/classes-$n.jar"; fi
    FCP="${FCP:+$FCP:}$e"
  done
  CACHE=""
  if [ "$(java_feature "$FJAVA")" -ge 25 ] 2>/dev/null; then
    # shellcheck disable=SC2086
    "$FJAVA" $DEFAULT_OPTS $(java_version_opts "$FJAVA") "-XX:AOTCacheOutput=$WORK/floor/floor.aot" -cp "$FCP" eu.rampart.analyzer.TransportFloorServer \
      -train-calls=20000 127.0.0.1:1 . >/dev/null 2>&1 && CACHE="-XX:AOTCache=$WORK/floor/floor.aot"
  fi
  EXE="$WORK/floor/pulumi-analyzer-policy-rampart"
  printf '#!/usr/bin/env bash\nexec "%s" %s %s %s -Xlog:disable -Xlog:all=warning:stderr -cp "%s" eu.rampart.analyzer.TransportFloorServer "$@"\n' \
    "$FJAVA" "$DEFAULT_OPTS" "$(java_version_opts "$FJAVA")" "$CACHE" "$FCP" > "$EXE"
  chmod +x "$EXE"
  PACK="$WORK/pack"; mkdir -p "$PACK"; cp "$ROOT/policies/PulumiPolicy.yaml" "$PACK/"
  echo "floor runtime: $("$FJAVA" -version 2>&1 | head -n 1), ${CACHE:-no ahead-of-time cache}"
else
  "$ROOT/policies/pulumi-analyzer-policy-rampart" 127.0.0.1:1 "$ROOT/policies" </dev/null 2>/dev/null | head -n 1 >/dev/null || true
  EXE="$ROOT/policies/pulumi-analyzer-policy-rampart"; PACK="$ROOT/policies"
fi
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, load average $(cut -d' ' -f1-3 /proc/loadavg), $(java -version 2>&1 | head -n 1)"
echo "plugin: $EXE ($MODE)"
if [ -f "$(dirname "$EXE")/java-home" ]; then
  echo "plugin runtime: $("$(cat "$(dirname "$EXE")/java-home")/bin/java" -version 2>&1 | head -n 1), archive: $(cd "$(dirname "$EXE")" && ls rampart-analyzer.* 2>/dev/null || echo none)"
fi
java -XX:+UseSerialGC -Drounds="$STARTS" -DidleMillis="${IDLE_MILLIS:-0}" -Dwarmup="${WARM_PASSES:-5}" -DwarmClient="${WARM_CLIENT:-true}" -DcoldClients="${COLD_CLIENTS:-0}" -Drampart.root.dir="$ROOT" -cp "$CP" eu.rampart.analyzer.AnalyzerBench "$EXE" "$PACK" 2>/dev/null
