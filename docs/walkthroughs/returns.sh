#!/usr/bin/env bash
# Returns over HTTP: the main path (request → approval → RMA → shipment → receipt → inspection → credit note) and
# its exceptions (rejected at once by the rules, rejected by the manager, escalated after 2 days, RMA expired
# after 60 days). Run against a host from `dotnet run --project src/WorkflowDms.Host`; see docs/lifecycles/return.md.
source "$(dirname "$0")/lib.sh"
D1001=$(key D1001)
BOUGHT=$(days_ago 30)
line() { echo "{\"partNumber\":\"$1\",\"quantity\":$2,\"purchaseReference\":\"INV-$RUN\",\"purchaseDate\":\"$BOUGHT\",\"unitPricePaid\":$3,\"unused\":${4:-true},\"specialOrder\":false}"; }
request() { echo "{\"reason\":\"surplus-stock\",\"lines\":[$1]}"; }

say "1. D1001 asks to return 2 brake discs and 4 filters (880.00): requested, an approval task in hq.parts's inbox"
expect "$(post /api/v1/returns "$(request "$(line PN-5101 2 350.00),$(line PN-5102 4 45.00)")" -H "$D1001")" 201
ID=$(j .id); expect "$(j .status)" Requested
PM=$(login hq.parts@demo.local)
TASK=$(task_of "$ID" "$PM"); [ -n "$TASK" ] || fail "no approval task for $ID"; echo "   task $TASK"

say "2. The parts manager approves: an RMA valid 60 days, a return order"
expect "$(post "/api/v1/tasks/$TASK/complete" '{"decision":"approve"}' -H "$PM")" 200
expect "$(get "/api/v1/returns/$ID" -H "$D1001")" 200
expect "$(j .status)" ReturnOrderCreated
[ -n "$(j '.rmaNumber // empty')" ] || fail "no RMA number"; echo "   RMA $(j .rmaNumber), valid until $(j .rmaValidUntil)"

say "3. Shipped, received, inspected (accepted): closed with a credit note of 880.00 less 15% restocking = 748.00"
expect "$(post "/api/v1/returns/$ID/shipment" '{"carrier":"SF Express","trackingNumber":"SF-'"$RUN"'"}' -H "$D1001")" 200
expect "$(post "/api/v1/returns/$ID/receipt" '{}' -H "$PM")" 200
TASK=$(task_of "$ID" "$PM"); [ -n "$TASK" ] || fail "no inspection task"
expect "$(post "/api/v1/tasks/$TASK/complete" '{"decision":"accepted"}' -H "$PM")" 200
expect "$(get "/api/v1/returns/$ID" -H "$D1001")" 200
expect "$(j '.status + " " + (.creditAmount|tostring)')" "Closed 748"
[ -n "$(j '.creditNoteNumber // empty')" ] || fail "no credit note"; echo "   credit note $(j .creditNoteNumber)"
ACTIONS=$(audit_actions "return:$ID")
for a in CaseCreated CaseStatusChanged:ReturnOrderCreated CaseStatusChanged:Closed; do
  case ",$ACTIONS," in *",$a"*) echo "   ok: audit has $a";; *) fail "audit lacks $a: $ACTIONS";; esac
done

say "4. A used part is rejected at once by the rules (UPR); nothing reaches an inbox"
expect "$(post /api/v1/returns "$(request "$(line PN-5101 1 350.00 false)")" -H "$D1001")" 201
expect "$(j '.status + " " + .decisionReasonCode')" "Rejected UPR"

say "5. The manager rejects a request with a reason: Rejected NRL"
expect "$(post /api/v1/returns "$(request "$(line PN-5102 1 45.00)")" -H "$D1001")" 201
REJ=$(j .id); TASK=$(task_of "$REJ" "$PM")
expect "$(post "/api/v1/tasks/$TASK/complete" '{"decision":"reject","reasonCode":"NRL","comment":"Stock is current"}' -H "$PM")" 200
expect "$(get "/api/v1/returns/$REJ" -H "$D1001")" 200
expect "$(j '.status + " " + .decisionReasonCode')" "Rejected NRL"

say "6. Nobody decides for 2 days: the approval escalates to the parts supervisor, who approves"
expect "$(post /api/v1/returns "$(request "$(line PN-5102 2 45.00)")" -H "$D1001")" 201
LATE=$(j .id)
advance '{"days":2,"hours":1}'
SUP=$(login hq.parts-supervisor@demo.local)
expect "$(task_element_of "$LATE" "$SUP")" supervisorApproval
TASK=$(task_of "$LATE" "$SUP")
expect "$(post "/api/v1/tasks/$TASK/complete" '{"decision":"approve"}' -H "$SUP")" 200
expect "$(get "/api/v1/returns/$LATE" -H "$D1001")" 200
expect "$(j .status)" ReturnOrderCreated

say "7. The dealer never ships: after 60 days the RMA expires and a late shipment is refused (422)"
advance '{"days":61}'
expect "$(get "/api/v1/returns/$LATE" -H "$D1001")" 200
expect "$(j '.status + " " + .decisionReasonCode')" "RmaExpired RMA-EXPIRED"
expect "$(post "/api/v1/returns/$LATE/shipment" '{"trackingNumber":"SF-LATE-'"$RUN"'"}' -H "$D1001")" 422

say "Returns walkthrough passed."
