# Shared helpers of the walkthrough scripts (sourced, not run). Each script talks to a host started with
#   dotnet run --project src/WorkflowDms.Host
# (Development: demo seed, clock travel on) over HTTP with curl, prints each step, and exits non-zero at the
# first surprise. BASE picks the host; RUN makes document numbers unique so a script can run twice on one database.
set -euo pipefail
BASE=${BASE:-http://127.0.0.1:5080}
RUN=${RUN:-$(date +%s)}
OUT=$(mktemp); trap 'rm -f "$OUT"' EXIT

say() { printf '\n== %s\n' "$*"; }
fail() { echo "   FAILED: $*"; echo "   last response: $(head -c 2000 "$OUT")"; exit 1; }
expect() { [ "$1" = "$2" ] || fail "expected '$2', got '$1'"; echo "   ok: $2"; }
# jq over the last response: j '.status'
j() { jq -r "$@" < "$OUT"; }

req() { local method=$1 path=$2; shift 2; curl -s -o "$OUT" -w '%{http_code}' -X "$method" "$BASE$path" "$@"; }
get() { req GET "$@"; }
post() { local path=$1 body=$2; shift 2; req POST "$path" -H 'Content-Type: application/json' -d "$body" "$@"; }
put() { local path=$1 body=$2; shift 2; req PUT "$path" -H 'Content-Type: application/json' -d "$body" "$@"; }

# A staff member's bearer header (demo password); call again after moving the clock, tokens live 8 hours.
login() {
  local token
  token=$(curl -s -X POST "$BASE/api/v1/auth/login" -H 'Content-Type: application/json' \
    -d "{\"email\":\"$1\",\"password\":\"Demo-pass-1\"}" | jq -r .accessToken)
  [ -n "$token" ] && [ "$token" != null ] || fail "could not sign in as $1"
  echo "Authorization: Bearer $token"
}
key() { echo "X-Api-Key: demo-key-$1"; }

# The host's date (UTC, yyyy-mm-dd) n days before its "now", so dates stay right after the clock moved.
host_now() { curl -s "$BASE/api/v1/dev/clock" -H "$(login admin@demo.local)" | jq -r .now; }
days_ago() { date -u -d "$(host_now) - $1 days" +%F; }

# Moves the host's clock forward and fires the timers that became due (Development only, admin).
advance() {
  local body=$1
  [ "$(post /api/v1/dev/clock/advance "$body" -H "$(login admin@demo.local)")" = 200 ] || fail "could not move the clock"
  echo "   clock now $(j .now), timers fired: $(j .firedTimers)"
}

# The id of the open task of a case in the caller's inbox ("" when none): task_of <caseId> <auth header>
task_of() {
  [ "$(get '/api/v1/tasks?limit=200' -H "$2")" = 200 ] || fail "inbox read failed"
  j --arg id "$1" '[.items[] | select(.caseId==$id) | .id][0] // ""'
}
# The element id (BPMN task) of that open task: task_element_of <caseId> <auth header>
task_element_of() {
  [ "$(get '/api/v1/tasks?limit=200' -H "$2")" = 200 ] || fail "inbox read failed"
  j --arg id "$1" '[.items[] | select(.caseId==$id) | .elementId][0] // ""'
}
# The audit actions recorded for a subject, comma-separated: audit_actions <subject> (admin reads)
audit_actions() {
  [ "$(get "/api/v1/audit?subject=$1&limit=200" -H "$(login admin@demo.local)")" = 200 ] || fail "audit read failed"
  j '(if type=="array" then . else .items end) | [.[] | .action + (if (.data|type)=="object" and .data.to then ":" + .data.to else "" end)] | join(",")'
}
