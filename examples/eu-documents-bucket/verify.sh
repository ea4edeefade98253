#!/usr/bin/env bash
# Verifies this example the way a user would meet it: the components installed by coordinate into a
# Maven repository, then the program planned offline with `rampart plan` and checked.
# It uses a private local repository (third-party artifacts linked from ~/.m2, eu.rampart ones
# installed fresh) so it never writes rampart's artifacts into the shared ~/.m2. Offline (-o) when
# RAMPART_OFFLINE=1. Not part of `mvn verify`: it installs and plans, minutes on a small machine.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/rampart-example.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT
REAL_REPO="${MAVEN_REPO:-$HOME/.m2/repository}"
REPO="$WORK/repository"
mkdir -p "$REPO"
for entry in "$REAL_REPO"/*; do
  name="$(basename "$entry")"
  [ "$name" = eu ] && continue          # eu.rampart must come from this install, not from ~/.m2
  ln -s "$entry" "$REPO/$name"
done
OFFLINE=()
[ "${RAMPART_OFFLINE:-}" = 1 ] && OFFLINE=(-o)
export MAVEN_OPTS="${MAVEN_OPTS:-} -Dmaven.repo.local=$REPO"

echo "example: installing eu.rampart:rampart-components into $REPO" >&2
(cd "$ROOT" && mvn -B -q "${OFFLINE[@]}" -pl stacks/components -am install -DskipTests)
test -f "$REPO/eu/rampart/rampart-components/0.1.0-SNAPSHOT/rampart-components-0.1.0-SNAPSHOT.jar"

# a copy outside the checkout: nothing may come from rampart's reactor
cp -r "$HERE" "$WORK/project"
rm -rf "$WORK/project/target"
echo "example: planning $WORK/project with rampart plan --env prod" >&2
"$ROOT/rampart" plan --stack "$WORK/project" --env prod --output "$WORK/plan.json"
grep -q '"format" *: *"rampart-plan/v1"' "$WORK/plan.json"
grep -q 'rampart:aws:EncryptedBucket' "$WORK/plan.json" || grep -q 'EncryptedBucket' "$WORK/plan.json"

echo "example: checking the plan" >&2
set +e
"$ROOT/rampart" check "$WORK/plan.json" --env prod --output text
code=$?
set -e
echo "example: rampart check exit $code" >&2
# the components make the program compliant: the check passes with the prod environment
[ "$code" -eq 0 ]
echo "example: OK" >&2
