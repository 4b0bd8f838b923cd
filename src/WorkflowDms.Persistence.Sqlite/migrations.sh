#!/usr/bin/env bash
# SQLite migrations for WorkflowDmsDbContext.
#   migrations.sh add <Name>      add a migration for the current model
#   migrations.sh refresh <Name>  regenerate the not-yet-committed migration <Name> from the current model:
#                                 its files are deleted, the snapshot is restored from git HEAD, then it is added
#                                 again. Serialised with flock, so several people editing the model at once
#                                 cannot interleave two regenerations.
set -euo pipefail
cd "$(dirname "$0")/../.."
dir=src/WorkflowDms.Persistence.Sqlite/Migrations
cmd=${1:-}; name=${2:-}
[ -n "$cmd" ] && [ -n "$name" ] || { echo "usage: $0 add|refresh <Name>" >&2; exit 2; }
dotnet tool restore >/dev/null
exec 9>/tmp/workflowdms-migrations.lock
flock 9
if [ "$cmd" = refresh ]; then
  if git ls-files --error-unmatch "$dir"/*_"$name".cs >/dev/null 2>&1; then
    echo "migration $name is committed; add a new one instead" >&2; exit 1
  fi
  rm -f "$dir"/*_"$name".cs "$dir"/*_"$name".Designer.cs
  git checkout HEAD -- "$dir/WorkflowDmsDbContextModelSnapshot.cs"
fi
dotnet ef migrations add "$name" --project src/WorkflowDms.Persistence.Sqlite --startup-project src/WorkflowDms.Persistence.Sqlite \
  --context WorkflowDmsDbContext --output-dir Migrations
