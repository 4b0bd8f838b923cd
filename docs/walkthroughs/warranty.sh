#!/usr/bin/env bash
# Warranty claims over HTTP: the exceptions docs/demo-walkthrough.sh leaves out — partial approval per line, the
# old-part return (accepted, failed inspection, never shipped → charge-back), first free maintenance by fee, an
# appeal decided (and escalated), pre-authorisation (missing → sent back, approved in the inbox, escalated,
# expired), an untouched review escalated to the supervisors, and settlement into a payment batch with a credit
# note. Run against a host from `dotnet run --project src/WorkflowDms.Host` on a freshly seeded database (a free
# visit is paid once per VIN, mileage only rises per VIN, a month is settled once); see docs/lifecycles/claim.md.
source "$(dirname "$0")/lib.sh"
D1001=$(key D1001)
VIN=LSVAU2185N2100001          # in service 2025-03-01, covered 3 years / 100,000 km
MAINTAINED=LSVAU2180M2100003   # SEDAN-A: free visit 1 = 300.00, visit 2 = 200.00
EXPIRED=LSVAU2187N2100002      # in service 2021-01-15: every repair now is outside coverage (EW)
# The claims on one VIN keep their mileage rising with the repair date, else W-18/W-19 send them back.

days_ahead() { date -u -d "$(host_now) + $1 days" +%F; }
# claim <number> <vin> <repairDate> <km> <faultCode> <causalPart> <lines> [more fields]
claim() {
  echo "{\"dealerClaimNumber\":\"$1-$RUN\",\"vin\":\"$2\",\"repairOrderNumber\":\"RO-$1-$RUN\",\"repairDate\":\"$3\",\"mileageKm\":$4,\"faultCode\":\"$5\",\"causalPartNumber\":\"$6\",\"lines\":$7${8:+,$8}}"
}
CONVERTER='[{"type":"labor","operationCode":"LOP-ENG-010","hours":2.0},{"type":"part","partNumber":"PN-1001","quantity":1}]'
EXHAUST='[{"type":"labor","operationCode":"LOP-ENG-010","hours":2.0},{"type":"part","partNumber":"PN-1001","quantity":1},{"type":"sublet","description":"Manifold machining","amount":6000.00}]'
WIPER='[{"type":"labor","operationCode":"LOP-WIP-001","hours":0.3},{"type":"part","partNumber":"PN-2002","quantity":1}]'
converter() { claim "$1" "$VIN" "$2" "$3" F-EX-001 PN-1001 "$CONVERTER"; }                       # 240 + 4,200 = 4,440.00
exhaust() { claim "$1" "$VIN" "$2" "$3" F-EX-001 PN-1001 "$EXHAUST" "${4:+\"preAuthorizationNumber\":\"$4\"}"; }  # 10,440.00
out_of_coverage() { claim "$1" "$EXPIRED" "$(days_ago 5)" "$2" F-WP-002 PN-2002 "$WIPER"; }    # 36 + 80 = 116.00
maintenance() {  # number visit fee km
  echo "{\"dealerClaimNumber\":\"$1-$RUN\",\"vin\":\"$MAINTAINED\",\"repairOrderNumber\":\"RO-$1-$RUN\",\"repairDate\":\"$(days_ago 1)\",\"mileageKm\":$4,\"claimType\":\"free-maintenance\",\"maintenanceSequence\":$2,\"lines\":[{\"type\":\"other\",\"description\":\"Free maintenance visit $2\",\"amount\":$3}]}"
}
pre_authorization() {
  echo "{\"vin\":\"$VIN\",\"faultCode\":\"F-EX-001\",\"description\":\"Catalytic converter and exhaust manifold machining\",\"estimatedAmount\":$1,\"plannedLines\":$EXHAUST}"
}
# The rule fired on the last claim response: has_fired <rule>
has_fired() {
  local fired; fired=$(j '[.ruleResults.firedRules[].rule] | join(",")')
  case ",$fired," in *",$1,"*) echo "   ok: $1 fired";; *) fail "$1 did not fire: $fired";; esac
}
# The steps of a subject's status changes in audit order: steps <subject> <action>
steps() {
  [ "$(get "/api/v1/audit?subject=$1&limit=200" -H "$(login admin@demo.local)")" = 200 ] || fail "audit read failed"
  j --arg a "$2" '(if type=="array" then . else .items end) | [.[] | select(.action==$a) | .data.step] | join(",")'
}
# Who took the last step of that name, and (for an escalation) to which group: step_detail <subject> <action> <step>
step_detail() {
  [ "$(get "/api/v1/audit?subject=$1&limit=200" -H "$(login admin@demo.local)")" = 200 ] || fail "audit read failed"
  j --arg a "$2" --arg s "$3" '(if type=="array" then . else .items end) | [.[] | select(.action==$a and .data.step==$s)] | last
    | .actor + (if .data.toGroup then " -> " + .data.toGroup else "" end)'
}
# Each named action is in the subject's audit trail: audit_has <subject> <action[:toStatus]>...
audit_has() {
  local subject=$1 actions; shift; actions=$(audit_actions "$subject")
  for a in "$@"; do
    case ",$actions," in *",$a,"*) echo "   ok: audit has $a";; *) fail "audit of $subject lacks $a: $actions";; esac
  done
}

# The "why" line under a step's heading.
why() { echo "   $*"; }
# The case has no open task in that inbox: no_task <caseId> <auth header> <who>
no_task() { [ -z "$(task_of "$1" "$2")" ] || fail "$3 holds a task of $1"; echo "   ok: nothing in $3's inbox"; }

REV=$(login hq.reviewer@demo.local)
SUP=$(login hq.supervisor@demo.local)

say "1. Partial approval: hq.reviewer cuts a converter claim's labour line to 120.00 and approves: 4,320.00, PWA"
why "4,440.00 is above D1001's 1,000.00 automatic limit (W-32), so it waits in review; the reviewer decides per line"
why "(W-51), the approval pays the sum of the lines, and the returnable converter must come back first (W-52)"
expect "$(post /api/v1/claims "$(converter LINE "$(days_ago 2)" 24100)" -H "$D1001")" 201
LINE=$(j .id); expect "$(j .status)" PendingReview
TASK=$(task_of "$LINE" "$REV"); [ -n "$TASK" ] || fail "no review task for $LINE"; echo "   task $TASK"
expect "$(post "/api/v1/claims/$LINE/line-decisions" '{"lines":[{"lineNumber":1,"decision":"adjust","approvedAmount":120.00,"reasonCode":"ELH"},{"lineNumber":2,"decision":"approve"}]}' -H "$REV")" 200
expect "$(j '.lines[0].disposition + " " + (.lines[0].approvedAmount|tostring) + " " + .status')" "Adjusted 120 PendingReview"
expect "$(post "/api/v1/tasks/$TASK/complete" '{"decision":"approve","comment":"Labour above the diagnosis time"}' -H "$REV")" 200
expect "$(get "/api/v1/claims/$LINE" -H "$D1001")" 200
expect "$(j '.status + " " + (.approvedAmount|tostring) + " " + .decisionReasonCode')" "PartsReturnPending 4320 PWA"
audit_has "claim:$LINE" ClaimLineDecided ClaimStatusChanged:PartsReturnPending

say "2. Old-part return: shipped by the dealer, received, inspected (accepted): approved for payment"
why "receipt before a shipment is an illegal move (409); the receipt opens the inspection task"
expect "$(post "/api/v1/claims/$LINE/parts-receipt" '{}' -H "$REV")" 409    # nothing shipped yet
expect "$(post "/api/v1/claims/$LINE/parts-shipment" '{"carrier":"SF Express","trackingNumber":"SF-'"$RUN"'"}' -H "$D1001")" 200
expect "$(j .status)" PartsReturnPending
expect "$(post "/api/v1/claims/$LINE/parts-receipt" '{}' -H "$REV")" 200
expect "$(task_element_of "$LINE" "$REV")" inspectReturnedPart
TASK=$(task_of "$LINE" "$REV")
expect "$(post "/api/v1/tasks/$TASK/complete" '{"decision":"accepted"}' -H "$REV")" 200
expect "$(get "/api/v1/claims/$LINE" -H "$D1001")" 200
expect "$(j .status)" ApprovedForPayment
audit_has "claim:$LINE" ClaimStatusChanged:ApprovedForPayment

say "3. First free maintenance of $MAINTAINED at the fee (300.00): approved; the same visit again: Rejected DC"
why "free maintenance is paid by the fee table per model group and visit (W-38), once per visit and VIN (W-37)"
expect "$(post /api/v1/claims "$(maintenance FM1 1 300.00 5000)" -H "$D1001")" 201
FM=$(j .id)
expect "$(j '.status + " " + .claimType + " " + (.maintenanceSequence|tostring) + " " + (.approvedAmount|tostring)')" "ApprovedForPayment free-maintenance 1 300"
expect "$(post /api/v1/claims "$(maintenance FM2 1 300.00 5100)" -H "$D1001")" 201
expect "$(j '.status + " " + .decisionReasonCode')" "Rejected DC"
has_fired W-37-maintenance-sequence-already-claimed

say "4. Appeal: an out-of-coverage claim (Rejected EW) is appealed; a supervisor rejects the appeal; no second one"
why "the appeal reopens the claim in the supervisors' inbox, not the reviewers'; its decision is approve or reject and"
why "final: one appeal per claim (W-60), so a second is a 422 appeal-already-used"
expect "$(post /api/v1/claims "$(out_of_coverage AP 98000)" -H "$D1001")" 201
AP=$(j .id); expect "$(j '.status + " " + .decisionReasonCode')" "Rejected EW"
expect "$(post "/api/v1/claims/$AP/appeal" '{"reason":"Goodwill: the wiper arm was replaced under a campaign"}' -H "$D1001")" 200
expect "$(j '.status + " " + (.appealCount|tostring)')" "PendingReview 1"
no_task "$AP" "$REV" hq.reviewer
expect "$(task_element_of "$AP" "$SUP")" reviewAppeal
TASK=$(task_of "$AP" "$SUP")
expect "$(post "/api/v1/tasks/$TASK/complete" '{"decision":"send-back","reasonCode":"IIS"}' -H "$SUP")" 400   # an appeal is approve or reject
expect "$(post "/api/v1/tasks/$TASK/complete" '{"decision":"reject","reasonCode":"EW","comment":"Outside coverage, no goodwill"}' -H "$SUP")" 200
expect "$(get "/api/v1/claims/$AP" -H "$D1001")" 200
expect "$(j '.status + " " + .decisionReasonCode')" "Rejected EW"
expect "$(post "/api/v1/claims/$AP/appeal" '{"reason":"Once more"}' -H "$D1001")" 422
expect "$(j .code)" appeal-already-used
expect "$(steps "claim:$AP" ClaimStatusChanged)" "reject,appeal,reject"

say "5. Pre-authorisation missing: a 10,440.00 exhaust rebuild without one is sent back (ReturnedToDealer AC)"
why "it is above D1001's 10,000.00 pre-authorisation threshold (W-27)"
expect "$(post /api/v1/claims "$(exhaust EXH "$(days_ago 0)" 24500)" -H "$D1001")" 201
EXH=$(j .id); expect "$(j '.status + " " + .decisionReasonCode + " " + (.totalAmount|tostring)')" "ReturnedToDealer AC 10440"
has_fired W-27-pre-authorization-missing

say "6. Pre-authorisation request: reviewed in hq.reviewer's inbox, approved up to 11,000.00 for 30 days"
why "the task goes to the warranty reviewers whose subtree holds D1001 (not B21's); approving needs an amount and a date"
expect "$(post /api/v1/pre-authorizations "$(pre_authorization 10500.00)" -H "$D1001")" 201
PA=$(j .id); PA_NO=$(j .number); expect "$(j .status)" Submitted; echo "   pre-authorisation $PA_NO"
expect "$(task_element_of "$PA" "$REV")" reviewPreAuthorization
no_task "$PA" "$(login b21.reviewer@demo.local)" b21.reviewer
TASK=$(task_of "$PA" "$REV")
expect "$(post "/api/v1/tasks/$TASK/complete" '{"decision":"approve","validUntil":"'"$(days_ahead 30)"'"}' -H "$REV")" 400   # no amount
expect "$(j .field)" approvedAmount
expect "$(post "/api/v1/tasks/$TASK/complete" '{"decision":"approve","approvedAmount":11000.00,"validUntil":"'"$(days_ahead 30)"'","comment":"Converter and manifold"}' -H "$REV")" 200
expect "$(get "/api/v1/pre-authorizations/$PA" -H "$D1001")" 200
expect "$(j '.status + " " + (.authorizedMaxAmount|tostring)')" "Approved 11000"
audit_has "pre-authorization:$PA" CaseCreated WorkflowStarted TaskCreated TaskCompleted CaseStatusChanged:Approved WorkflowCompleted

say "7. The rebuild resubmitted quoting $PA_NO passes without a review and waits for the old converter"
why "a valid pre-authorisation covering the claim passes it (W-31) instead of routing it to review (W-32)"
expect "$(post "/api/v1/claims/$EXH/resubmit" "$(exhaust EXH "$(days_ago 0)" 24500 "$PA_NO")" -H "$D1001")" 200
expect "$(j '.status + " " + (.approvedAmount|tostring)')" "PartsReturnPending 10440"
has_fired W-31-matches-pre-authorization
audit_has "claim:$EXH" ClaimStatusChanged:ReturnedToDealer ClaimStatusChanged:PartsReturnPending

say "8. Three decisions nobody takes: a converter claim in review, an appeal, a pre-authorisation request"
why "each of their tasks is due in 2 days, with a timer that escalates it"
expect "$(post /api/v1/claims "$(converter ESC "$(days_ago 0)" 24600)" -H "$D1001")" 201
ESC=$(j .id); expect "$(j .status)" PendingReview
expect "$(task_element_of "$ESC" "$REV")" reviewClaim
expect "$(post /api/v1/claims "$(out_of_coverage AE 98500)" -H "$D1001")" 201
AE=$(j .id); expect "$(j '.status + " " + .decisionReasonCode')" "Rejected EW"
expect "$(post "/api/v1/claims/$AE/appeal" '{"reason":"Goodwill agreed with the area manager"}' -H "$D1001")" 200
expect "$(task_element_of "$AE" "$SUP")" reviewAppeal
expect "$(post /api/v1/pre-authorizations "$(pre_authorization 10500.00)" -H "$D1001")" 201
PA2=$(j .id); PA2_NO=$(j .number)
expect "$(task_element_of "$PA2" "$REV")" reviewPreAuthorization

say "9. One day later nothing has moved; two days later the three timers have fired"
advance '{"days":1}'
expect "$(task_element_of "$ESC" "$(login hq.reviewer@demo.local)")" reviewClaim
advance '{"days":1,"minutes":1}'
REV=$(login hq.reviewer@demo.local); SUP=$(login hq.supervisor@demo.local); MGR=$(login hq.warranty-manager@demo.local)

say "10. Review escalated to the warranty supervisors; approved, but the returned part has no fault: Rejected NDF"
why "the claim stays PendingReview while the task changes hands; a failed inspection charges it back (W-56),"
why "and a charge-back cannot be appealed"
no_task "$ESC" "$REV" hq.reviewer
expect "$(task_element_of "$ESC" "$SUP")" supervisorReview
expect "$(get "/api/v1/claims/$ESC" -H "$D1001")" 200
expect "$(j .status)" PendingReview
TASK=$(task_of "$ESC" "$SUP")
expect "$(post "/api/v1/tasks/$TASK/complete" '{"decision":"approve","comment":"Escalated: approved"}' -H "$SUP")" 200
expect "$(post "/api/v1/claims/$ESC/parts-shipment" '{"trackingNumber":"SF-ESC-'"$RUN"'"}' -H "$D1001")" 200
expect "$(post "/api/v1/claims/$ESC/parts-receipt" '{}' -H "$REV")" 200
TASK=$(task_of "$ESC" "$REV")
expect "$(post "/api/v1/tasks/$TASK/complete" '{"decision":"no-fault-found","comment":"Converter tests within limits"}' -H "$REV")" 200
expect "$(get "/api/v1/claims/$ESC" -H "$D1001")" 200
expect "$(j '.status + " " + .decisionReasonCode + " " + (.approvedAmount|tostring)')" "Rejected NDF 0"
expect "$(post "/api/v1/claims/$ESC/appeal" '{"reason":"The converter was faulty"}' -H "$D1001")" 422
expect "$(j .code)" charge-back-not-appealable
expect "$(steps "claim:$ESC" ClaimStatusChanged)" "route-to-review,escalate,approve,request-parts-return,charge-back"
expect "$(step_detail "claim:$ESC" ClaimStatusChanged escalate)" "system -> warranty-supervisors"
expect "$(step_detail "claim:$ESC" ClaimStatusChanged approve)" hq.supervisor@demo.local
audit_has "claim:$ESC" TimerFired TaskCancelled

say "11. Appeal escalated to the warranty managers, who approve it: approved for payment (116.00)"
no_task "$AE" "$SUP" hq.supervisor
expect "$(task_element_of "$AE" "$MGR")" managerAppealReview
TASK=$(task_of "$AE" "$MGR")
expect "$(post "/api/v1/tasks/$TASK/complete" '{"decision":"approve","comment":"Goodwill, escalated"}' -H "$MGR")" 200
expect "$(get "/api/v1/claims/$AE" -H "$D1001")" 200
expect "$(j '.status + " " + (.approvedAmount|tostring)')" "ApprovedForPayment 116"
expect "$(steps "claim:$AE" ClaimStatusChanged)" "reject,appeal,escalate,approve,approve-for-payment"
expect "$(step_detail "claim:$AE" ClaimStatusChanged escalate)" "system -> warranty-managers"
expect "$(step_detail "claim:$AE" ClaimStatusChanged approve)" hq.warranty-manager@demo.local

say "12. Pre-authorisation review escalated to the warranty supervisors, who approve it (valid until tomorrow)"
why "the reviewers' /decision shortcut no longer reaches the task (403): the open task is the supervisors'"
no_task "$PA2" "$REV" hq.reviewer
expect "$(task_element_of "$PA2" "$SUP")" supervisorReview
expect "$(post "/api/v1/pre-authorizations/$PA2/decision" '{"decision":"approve","authorizedMaxAmount":11000.00,"validUntil":"'"$(days_ahead 1)"'"}' -H "$REV")" 403
TASK=$(task_of "$PA2" "$SUP")
expect "$(post "/api/v1/tasks/$TASK/complete" '{"decision":"approve","approvedAmount":11000.00,"validUntil":"'"$(days_ahead 1)"'","comment":"Escalated"}' -H "$SUP")" 200
expect "$(get "/api/v1/pre-authorizations/$PA2" -H "$D1001")" 200
expect "$(j .status)" Approved
expect "$(steps "pre-authorization:$PA2" CaseStatusChanged)" "escalate,approve"
expect "$(step_detail "pre-authorization:$PA2" CaseStatusChanged escalate)" "system -> warranty-supervisors"
expect "$(step_detail "pre-authorization:$PA2" CaseStatusChanged approve)" hq.supervisor@demo.local
audit_has "pre-authorization:$PA2" TaskCancelled TimerFired TaskCompleted

say "13. 30 days on: the rebuild's converter never came back: Rejected PNR; the expired pre-authorisation: sent back"
why "the 30-day return deadline charges the claim back (W-53) and a late shipment is an illegal move (409);"
why "a claim quoting a pre-authorisation past its last valid day goes back to the dealer (W-29)"
advance '{"days":30,"hours":1}'
expect "$(get "/api/v1/claims/$EXH" -H "$D1001")" 200
expect "$(j '.status + " " + .decisionReasonCode')" "Rejected PNR"
expect "$(post "/api/v1/claims/$EXH/parts-shipment" '{"trackingNumber":"SF-LATE-'"$RUN"'"}' -H "$D1001")" 409
audit_has "claim:$EXH" TimerFired ClaimStatusChanged:Rejected
expect "$(post /api/v1/claims "$(exhaust LATE "$(days_ago 0)" 26000 "$PA2_NO")" -H "$D1001")" 201
expect "$(j '.status + " " + .decisionReasonCode')" "ReturnedToDealer AC"
has_fired W-29-pre-authorization-expired

say "14. Settlement of the month: one batch for D1001 (4,320.00 + 300.00 + 116.00), claims Paid then Closed"
why "only warranty supervisors settle; the batch posts a credit note to D1001's credit account; nothing is left after"
PERIOD=$(date -u -d "$(host_now)" +%Y-%m)
SUP=$(login hq.supervisor@demo.local)
expect "$(post /api/v1/settlement/batches '{"period":"'"$PERIOD"'"}' -H "$(login hq.reviewer@demo.local)")" 403
expect "$(post /api/v1/settlement/batches '{"period":"'"$PERIOD"'"}' -H "$SUP")" 201
expect "$(j 'length')" 1
BATCH=$(j '.[0].id')
expect "$(j '.[0] | .number + " " + (.claimCount|tostring) + " " + (.totalAmount|tostring)')" "PB-$PERIOD-D1001 3 4736"
expect "$(j '.[0].creditNoteReference')" "payment-batch:$BATCH"
for id in "$LINE" "$FM" "$AE"; do
  expect "$(get "/api/v1/claims/$id" -H "$D1001")" 200
  expect "$(j '.status + " " + .paymentBatchId')" "Closed $BATCH"
done
expect "$(steps "claim:$FM" ClaimStatusChanged)" "auto-approve,approve-for-payment,pay,close"
audit_has "payment-batch:$BATCH" CaseCreated LedgerPosted
expect "$(get /api/v1/credit/accounts/D1001/postings -H "$D1001")" 200
expect "$(j --arg r "payment-batch:$BATCH" '[.[] | select(.kind=="credit-note" and .reference==$r)] | length')" 1
expect "$(post /api/v1/settlement/batches '{"period":"'"$PERIOD"'"}' -H "$SUP")" 422
expect "$(j .code)" nothing-to-settle

say "15. The audit chain still verifies"
expect "$(get /api/v1/audit/verify -H "$(login admin@demo.local)")" 200
expect "$(j .valid)" true

say "Warranty walkthrough passed."
