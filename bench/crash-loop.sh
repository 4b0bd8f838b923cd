#!/usr/bin/env bash
# The long crash loop (issue 5): the real host process under load from four dealer clients with Idempotency-Keys,
# killed with SIGKILL at random moments and restarted on the same SQLite file, N times; then every acknowledged
# claim must exist exactly once, every instance stand in a proper state and the audit chain verify.
# CI runs the same test with 3 kills. Usage:
#   bash bench/crash-loop.sh [kills, default 50] [seed, default random]
set -euo pipefail
cd "$(dirname "$0")/.."
kills=${1:-50}
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
export WORKFLOWDMS_CRASH_KILLS=$kills
[ -n "${2:-}" ] && export WORKFLOWDMS_CRASH_SEED=$2
dotnet build tests/WorkflowDms.Reliability.Tests -c Release -p:SkipWebApp=true -nologo -v quiet
# --output Detailed prints the test's log (seed, each kill, claims acknowledged, retries) even when it passes.
dotnet test --project tests/WorkflowDms.Reliability.Tests -c Release --no-build -- \
  --filter-class "*CrashLoopTests" --output Detailed
