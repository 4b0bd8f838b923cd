#!/usr/bin/env bash
# Runs the whole test suite: the one test command of the README. Installs what the tests need when it is
# missing, builds once, runs every test project, and ends with the line "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
# Many in-process hosts start at once; polling avoids running out of inotify instances (128 by default).
export DOTNET_USE_POLLING_FILE_WATCHER=1

# The browser tests drive Debian's Chromium; install it when missing (root, or sudo when there is one).
if [ ! -x "${WORKFLOWDMS_CHROMIUM:-/usr/bin/chromium}" ]; then
  as_root=""; [ "$(id -u)" -ne 0 ] && command -v sudo >/dev/null && as_root=sudo
  $as_root apt-get update -qq && $as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium >/dev/null \
    || echo "warning: could not install chromium; the browser tests will fail" >&2
fi

dotnet build WorkflowDms.sln -c Release -nologo -v quiet || { echo "0 passed, 1 failed"; exit 1; }

log=$(mktemp)
dotnet test --solution WorkflowDms.sln -c Release --no-build 2>&1 | tee "$log"
status=${PIPESTATUS[0]}

# Microsoft.Testing.Platform prints a summary with "total:", "failed:", "succeeded:" and "skipped:".
passed=$(grep -E '^\s*succeeded:\s*[0-9]+' "$log" | tail -1 | grep -oE '[0-9]+')
failed=$(grep -E '^\s*failed:\s*[0-9]+' "$log" | tail -1 | grep -oE '[0-9]+')
skipped=$(grep -E '^\s*skipped:\s*[0-9]+' "$log" | tail -1 | grep -oE '[0-9]+')
rm -f "$log"
passed=${passed:-0}; failed=${failed:-0}; skipped=${skipped:-0}
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi

# The host and persistence tests again on PostgreSQL: each test process starts a throwaway cluster with Debian's
# initdb and pg_ctl and stops it at the end (ADR 0013). Their counts join the total.
for project in tests/WorkflowDms.Host.Tests tests/WorkflowDms.Persistence.Tests; do
  log=$(mktemp)
  WORKFLOWDMS_TEST_DB=postgres dotnet test --project "$project" -c Release --no-build 2>&1 | tee "$log"
  pg_status=${PIPESTATUS[0]}
  pg_passed=$(grep -E '^\s*succeeded:\s*[0-9]+' "$log" | tail -1 | grep -oE '[0-9]+')
  pg_failed=$(grep -E '^\s*failed:\s*[0-9]+' "$log" | tail -1 | grep -oE '[0-9]+')
  pg_skipped=$(grep -E '^\s*skipped:\s*[0-9]+' "$log" | tail -1 | grep -oE '[0-9]+')
  rm -f "$log"
  pg_failed=${pg_failed:-0}
  if [ "$pg_status" -ne 0 ] && [ "$pg_failed" -eq 0 ]; then pg_failed=1; fi
  passed=$((passed + ${pg_passed:-0})); failed=$((failed + pg_failed)); skipped=$((skipped + ${pg_skipped:-0}))
  if [ "$pg_status" -ne 0 ]; then status=$pg_status; fi
done
echo "${passed} passed, ${failed} failed, ${skipped} skipped"
exit "$status"
