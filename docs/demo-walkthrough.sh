#!/usr/bin/env bash
# The warranty-claim demo walkthrough over HTTP, against a host started with
#   dotnet run --project src/WorkflowDms.Host
# on a freshly seeded database. Prints each step and its outcome; exits non-zero at the first surprise.
set -euo pipefail
BASE=${BASE:-http://127.0.0.1:5080}
RUN=${RUN:-$(date +%s)}            # makes claim numbers unique, so the script can run again on the same database
# Dates count back from the host's clock (a Development host's clock may have been moved forward by another
# walkthrough), falling back to this machine's when the clock route is not there.
HOST_NOW=$(curl -s "$BASE/api/v1/dev/clock" -H "Authorization: Bearer $(curl -s -X POST "$BASE/api/v1/auth/login" \
  -H 'Content-Type: application/json' -d '{"email":"admin@demo.local","password":"Demo-pass-1"}' | jq -r .accessToken)" | jq -r '.now // empty' 2>/dev/null || true)
DAYS_AGO() { date -u -d "${HOST_NOW:-now} - $1 days" +%F; }

json() { python3 -c "import sys,json; d=json.load(sys.stdin); print(eval(sys.argv[1], {}, {'d': d}))" "$1"; }
say() { printf '\n== %s\n' "$*"; }
expect() { if [ "$1" != "$2" ]; then echo "   FAILED: expected '$2', got '$1'"; exit 1; fi; echo "   ok: $2"; }

post() { curl -s -o /tmp/wdms.out -w '%{http_code}' -X POST "$BASE$1" -H 'Content-Type: application/json' "${@:3}" -d "$2"; }
get() { curl -s -o /tmp/wdms.out -w '%{http_code}' "$BASE$1" "${@:2}"; }
login() { curl -s -X POST "$BASE/api/v1/auth/login" -H 'Content-Type: application/json' -d "{\"email\":\"$1\",\"password\":\"Demo-pass-1\"}" | json "d['accessToken']"; }
claim() {  # number vin hours partNumber fault causal comment daysAgo
  local comment=""; [ -n "${7:-}" ] && comment=",\"comment\":\"$7\""
  local op=LOP-ENG-010; [ "$4" = PN-2002 ] && op=LOP-WIP-001
  echo "{\"dealerClaimNumber\":\"$1-$RUN\",\"vin\":\"$2\",\"repairOrderNumber\":\"RO-$1-$RUN\",\"repairDate\":\"$(DAYS_AGO "${8:-5}")\",\"mileageKm\":23500,\"faultCode\":\"$5\",\"causalPartNumber\":\"$6\",\"lines\":[{\"type\":\"labor\",\"operationCode\":\"$op\",\"hours\":$3$comment},{\"type\":\"part\",\"partNumber\":\"$4\",\"quantity\":1}]}"
}
D1001=(-H 'X-Api-Key: demo-key-D1001')
D2001=(-H 'X-Api-Key: demo-key-D2001')

say "1. Wiper claim on LSVAU2185N2100001, repaired 5 days ago: approved automatically, no task"
expect "$(post /api/v1/claims "$(claim WIPER LSVAU2185N2100001 0.3 PN-2002 F-WP-002 PN-2002)" "${D1001[@]}")" 201
WIPER=$(json "d['id']" < /tmp/wdms.out); expect "$(json "d['status']" < /tmp/wdms.out)" ApprovedForPayment

say "2. Claim on LSVAU2187N2100002 (in service 2021): rejected, expired coverage (EW)"
expect "$(post /api/v1/claims "$(claim OLD LSVAU2187N2100002 0.3 PN-2002 F-WP-002 PN-2002)" "${D1001[@]}")" 201
expect "$(json "d['status'] + ' ' + d['decisionReasonCode']" < /tmp/wdms.out)" "Rejected EW"

say "3. 3.5 h of LOP-ENG-010 without a comment: returned to the dealer (ELH); resubmitted with a comment: in review"
expect "$(post /api/v1/claims "$(claim HOURS LSVAU2185N2100001 3.5 PN-1001 F-EX-001 PN-1001)" "${D1001[@]}")" 201
HOURS=$(json "d['id']" < /tmp/wdms.out); expect "$(json "d['status'] + ' ' + d['decisionReasonCode']" < /tmp/wdms.out)" "ReturnedToDealer ELH"
expect "$(post "/api/v1/claims/$HOURS/resubmit" "$(claim HOURS LSVAU2185N2100001 3.5 PN-1001 F-EX-001 PN-1001 'Seized bolts drilled out')" "${D1001[@]}")" 200
expect "$(json "d['status']" < /tmp/wdms.out)" PendingReview

say "4. Catalytic converter (F-EX-001, 2.0 h, PN-1001): in review, task in hq.reviewer's inbox, not in b21.reviewer's"
expect "$(post /api/v1/claims "$(claim CAT LSVAU2185N2100001 2.0 PN-1001 F-EX-001 PN-1001)" "${D1001[@]}")" 201
CAT=$(json "d['id']" < /tmp/wdms.out); expect "$(json "d['status']" < /tmp/wdms.out)" PendingReview
HQ=(-H "Authorization: Bearer $(login hq.reviewer@demo.local)")
B21=(-H "Authorization: Bearer $(login b21.reviewer@demo.local)")
expect "$(get '/api/v1/tasks?limit=200' "${HQ[@]}")" 200
TASK=$(json "[t['id'] for t in d['items'] if t['caseId']=='$CAT'][0]" < /tmp/wdms.out); echo "   task $TASK"
expect "$(get '/api/v1/tasks?limit=200' "${B21[@]}")" 200
expect "$(json "len([t for t in d['items'] if t['caseId']=='$CAT'])" < /tmp/wdms.out)" 0

say "5. hq.reviewer approves: the claim moves on (old part to return); completing again is a 409"
expect "$(post "/api/v1/tasks/$TASK/complete" '{"decision":"approve","comment":"Diagnostics confirm converter failure"}' "${HQ[@]}")" 200
expect "$(get "/api/v1/claims/$CAT" "${D1001[@]}")" 200
expect "$(json "d['status']" < /tmp/wdms.out)" PartsReturnPending
expect "$(post "/api/v1/tasks/$TASK/complete" '{"decision":"approve"}' "${HQ[@]}")" 409

say "6. D2001 reading D1001's claim: 404"
expect "$(get "/api/v1/claims/$CAT" "${D2001[@]}")" 404

say "7. The audit trail of each claim lists its steps; the chain verifies"
ADMIN=(-H "Authorization: Bearer $(login admin@demo.local)")
for id in "$WIPER" "$HOURS" "$CAT"; do
  expect "$(get "/api/v1/audit?subject=claim:$id" "${ADMIN[@]}")" 200
  echo "   claim $id: $(json "', '.join(e['action'] for e in d)" < /tmp/wdms.out)"
done
expect "$(get /api/v1/audit/verify "${ADMIN[@]}")" 200
expect "$(json "d['valid']" < /tmp/wdms.out)" True
echo "   $(cat /tmp/wdms.out)"
say "Walkthrough complete"
