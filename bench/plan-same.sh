#!/usr/bin/env bash
# Whether two plan files hold the same plan: equal after sorting object keys and the lists of
# `dependencies` and `propertyDependencies`, whose order already differs between two runs of one
# planner on one program (the SDK collects dependencies and some output maps in hash order).
# Usage: bench/plan-same.sh PLAN_A PLAN_B   (exit 0 same, 1 different, with a diff)
set -euo pipefail
normalise() {
  jq -S 'walk(if type == "object" then
      (if (.dependencies | type) == "array" then .dependencies |= sort else . end)
      | (if (.propertyDependencies | type) == "object" then .propertyDependencies |= map_values(if type == "array" then sort else . end) else . end)
    else . end)' "$1"
}
if diff <(normalise "$1") <(normalise "$2") >/dev/null; then echo "same plan: $1 $2"; exit 0; fi
diff <(normalise "$1") <(normalise "$2") | head -40
exit 1
