#!/usr/bin/env bash
# Runs every test tier in order, stopping at the first failure:
#   setup -> typecheck -> build -> unit -> server -> e2e (real VS Code via code-server + Chromium)
#   -> package -> vsix (the packaged extension installed into code-server, same checks)
# Ends with a line "N passed, N failed" summing the tiers' test counts; exits non-zero on any failure.
#
#   bash scripts/test.sh              # everything
#   SOURCELENS_E2E_FAIL=1 bash scripts/test.sh   # e2e suite gets a deliberately failing test
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

LOG_DIR="$ROOT/test-output/tiers"
mkdir -p "$LOG_DIR"

total_passed=0
total_failed=0
T0=$SECONDS

summary() {
  echo
  echo "$total_passed passed, $total_failed failed"
}

# Adds the counts a tier printed to the totals. Understands node --test (TAP "# pass N" /
# spec "ℹ pass N") and mocha/e2e ("N passing", "N failing").
count_tier() {
  local log="$1" p f
  p=$(grep -aE '^(# |ℹ )pass [0-9]+' "$log" | tail -1 | grep -oE '[0-9]+' || true)
  f=$(grep -aE '^(# |ℹ )fail [0-9]+' "$log" | tail -1 | grep -oE '[0-9]+' || true)
  if [[ -z "$p" ]]; then
    p=$(grep -aE '^e2e: [0-9]+ passing' "$log" | tail -1 | sed -E 's/^e2e: ([0-9]+) passing.*/\1/' || true)
    f=$(grep -aE '^e2e: [0-9]+ passing, [0-9]+ failing' "$log" | tail -1 | sed -E 's/^e2e: [0-9]+ passing, ([0-9]+) failing.*/\1/' || true)
  fi
  if [[ -z "$p" ]]; then
    p=$(grep -aE '^\s*[0-9]+ passing' "$log" | tail -1 | grep -oE '[0-9]+' | head -1 || true)
    f=$(grep -aE '^\s*[0-9]+ failing' "$log" | tail -1 | grep -oE '[0-9]+' | head -1 || true)
  fi
  TIER_PASSED=${p:-}
  TIER_FAILED=${f:-}
}

# run_tier NAME COUNTS(yes|no) COMMAND...
run_tier() {
  local name="$1" counts="$2"
  shift 2
  local log="$LOG_DIR/$name.log" t0=$SECONDS rc
  echo "=== $name: $*"
  set +e
  "$@" 2>&1 | tee "$log"
  rc=${PIPESTATUS[0]}
  set -e
  local took=$((SECONDS - t0))
  if [[ "$counts" == yes ]]; then
    count_tier "$log"
    if [[ -n "$TIER_PASSED" ]]; then
      total_passed=$((total_passed + TIER_PASSED))
      total_failed=$((total_failed + ${TIER_FAILED:-0}))
      echo "=== $name: ${TIER_PASSED} passed, ${TIER_FAILED:-0} failed, exit $rc (${took}s)"
    else
      echo "=== $name: no test counts found, exit $rc (${took}s)"
      if ((rc == 0)); then
        echo "=== $name ran no test: treating as a failure"
        rc=1
      fi
    fi
  else
    echo "=== $name: exit $rc (${took}s)"
  fi
  if ((rc != 0)); then
    # A tier that failed without counting a failure still counts as one.
    if [[ "$counts" != yes || -z "${TIER_FAILED:-}" || "${TIER_FAILED:-0}" == 0 ]]; then
      total_failed=$((total_failed + 1))
    fi
    echo "=== FAILED at tier '$name' (log: ${log#"$ROOT"/}); total time $((SECONDS - T0))s"
    summary
    exit "$rc"
  fi
}

echo "=== setup"
# shellcheck source=scripts/setup.sh
if ! source "$ROOT/scripts/setup.sh"; then
  echo "=== FAILED at setup"
  total_failed=$((total_failed + 1))
  summary
  exit 1
fi

run_tier typecheck no npm run --silent typecheck
run_tier build no npm run --silent build
run_tier unit yes npm run --silent test:unit
run_tier server yes npm run --silent test:server
run_tier e2e yes npm run --silent test:e2e
run_tier package no npm run --silent package
# The packaged VSIX, installed into code-server with --install-extension and no development path.
run_tier vsix yes env SOURCELENS_E2E_VSIX=dist/sourcelens.vsix SOURCELENS_E2E_EXTENSION_PATH=test/e2e/host \
  SOURCELENS_E2E_GREP='Sourcelens in VS Code' node test/e2e/run.mjs

echo "=== all tiers passed in $((SECONDS - T0))s"
summary
