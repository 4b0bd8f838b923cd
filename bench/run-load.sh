#!/usr/bin/env bash
# End-to-end HTTP load test (issue 5; results in docs/benchmarks.md). Builds the host and the load generator in
# Release, then runs claim intake, task completion, the completion race and the inbox with 1,000,000 open tasks
# against the real host process on 127.0.0.1 with a fresh database. About 15-25 minutes on 2 cores.
#
#   bash bench/run-load.sh                       # SQLite, everything
#   bash bench/run-load.sh --smoke               # 1-2 minutes: every scenario, short steps, 20,000 inbox tasks
#   bash bench/run-load.sh --provider postgres --connection "Host=127.0.0.1;Port=5432;Database=wdms_load;Username=wdms"
#   bash bench/run-load.sh --help                # every option
#
# Set SKIP_WEBAPP=1 to build the host without the web app (no npm). The Markdown report is printed and written
# to $DATA_DIR/report.md (default /var/tmp/wdms-load, on a real disk: tmpfs would make fsync free).
set -euo pipefail
cd "$(dirname "$0")/.."
DATA_DIR=${DATA_DIR:-/var/tmp/wdms-load}
LOCK=/tmp/wdms-build.lock   # the team's build lock: two builds never race on the same obj/ folders
flock "$LOCK" dotnet build src/WorkflowDms.Host -c Release -nologo -v quiet ${SKIP_WEBAPP:+-p:SkipWebApp=true}
flock "$LOCK" dotnet build bench/WorkflowDms.LoadTests -c Release -nologo -v quiet
mkdir -p "$DATA_DIR"
exec dotnet bench/WorkflowDms.LoadTests/bin/Release/net10.0/WorkflowDms.LoadTests.dll \
  --data-dir "$DATA_DIR" --report "$DATA_DIR/report.md" "$@"
