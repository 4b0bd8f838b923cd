#!/usr/bin/env bash
# PostgreSQL migrations for WorkflowDmsDbContext (the same model as the SQLite set; ADR 0013).
#   migrations.sh add <Name>      add a migration for the current model
#   migrations.sh refresh <Name>  regenerate the not-yet-committed migration <Name> from the current model:
#                                 its files are deleted, the snapshot is restored from git HEAD (or removed when
#                                 none is committed yet), then it is added again. Serialised with flock, so
#                                 several people editing the model at once cannot interleave two regenerations.
set -euo pipefail
cd "$(dirname "$0")/../.."
dir=src/WorkflowDms.Persistence.Postgres/Migrations
snapshot="$dir/WorkflowDmsDbContextModelSnapshot.cs"
cmd=${1:-}; name=${2:-}
[ -n "$cmd" ] && [ -n "$name" ] || { echo "usage: $0 add|refresh <Name>" >&2; exit 2; }
dotnet tool restore >/dev/null
exec 9>/tmp/workflowdms-migrations-postgres.lock
flock 9
if [ "$cmd" = refresh ]; then
  if git ls-files --error-unmatch "$dir"/*_"$name".cs >/dev/null 2>&1; then
    echo "migration $name is committed; add a new one instead" >&2; exit 1
  fi
  rm -f "$dir"/*_"$name".cs "$dir"/*_"$name".Designer.cs
  if git cat-file -e HEAD:"$snapshot" 2>/dev/null; then
    git checkout HEAD -- "$snapshot"
  else
    rm -f "$snapshot"
  fi
fi
dotnet ef migrations add "$name" --project src/WorkflowDms.Persistence.Postgres --startup-project src/WorkflowDms.Persistence.Postgres \
  --context WorkflowDmsDbContext --output-dir Migrations
