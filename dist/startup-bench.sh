#!/usr/bin/env bash
# Start-up of the release archive's bin/rampart against the checkout's ./rampart launcher: median
# wall and CPU time of `--version` and of `check` on a small real fixture, each after its first
# run (which records the class-data sharing archive). Needs `mvn -B package` first (the archive)
# and ../shared beside the checkout. The machine may be shared: CPU time is the steadier figure.
#   dist/startup-bench.sh [RUNS]       default 11 runs per case
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
RUNS="${1:-11}"
VERSION="$(sed -n 's:.*<version>\(.*\)</version>.*:\1:p' "$ROOT/pom.xml" | head -n 1)"
ARCHIVE="$ROOT/dist/target/rampart-$VERSION.tar.gz"
FIXTURE="$ROOT/../shared/fixtures/pulumi/pulumi-aws-export-s3-bucket.json"
test -f "$ARCHIVE" || { echo "no $ARCHIVE: run mvn -B package first" >&2; exit 2; }
test -f "$FIXTURE" || { echo "no $FIXTURE: ../shared must be beside the checkout" >&2; exit 2; }
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
tar -xzf "$ARCHIVE" -C "$WORK"
export XDG_CACHE_HOME="$WORK/cache"
ARCHIVED="$WORK/rampart-$VERSION/bin/rampart"
CHECKOUT="$ROOT/rampart"

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

measure() {  # label, command...
  local label="$1"; shift
  "$@" >/dev/null 2>&1 || true            # first run: builds / records the CDS archive
  local walls=() cpus=()
  for _ in $(seq "$RUNS"); do
    /usr/bin/time -f '%e %U %S' -o "$WORK/time" "$@" >/dev/null 2>&1 || true
    read -r wall user sys < "$WORK/time"
    walls+=("$wall"); cpus+=("$(echo "$user + $sys" | bc)")
  done
  printf '%-34s median wall %5.2f s   median cpu %5.2f s   (%s runs)\n' "$label" \
    "$(printf '%s\n' "${walls[@]}" | median)" "$(printf '%s\n' "${cpus[@]}" | median)" "$RUNS"
}

echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), $(java -version 2>&1 | head -n 1)"
measure "archive  --version" "$ARCHIVED" --version
measure "checkout --version" "$CHECKOUT" --version
measure "archive  check (fixture, prod)" "$ARCHIVED" check "$FIXTURE" --env prod --fail-on never --output json=/dev/null
measure "checkout check (fixture, prod)" "$CHECKOUT" check "$FIXTURE" --env prod --fail-on never --output json=/dev/null
measure "archive  check, no CDS" env RAMPART_NO_CDS=1 "$ARCHIVED" check "$FIXTURE" --env prod --fail-on never --output json=/dev/null
