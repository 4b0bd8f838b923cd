#!/usr/bin/env bash
# Orders against credit over HTTP (issue 3, acceptance 2): an order above the dealer's free credit is blocked and
# released through the credit-decision task, and the exposure is exact after every posting (order, shipment,
# invoice, payment). Then the exceptions: a decision rejected, a decision escalated after 2 days, a temporary
# limit that reverts by timer. See docs/lifecycles/credit.md.
source "$(dirname "$0")/lib.sh"
D1001=$(key D1001)
CM=$(login hq.credit@demo.local)
account() { expect "$(get /api/v1/credit/accounts/D1001 -H "$CM")" 200; }
exposure() { j '"\(.exposure.openOrders) \(.exposure.receivables) \(.exposure.deliveredNotInvoiced) \(.exposure.total)"'; }
plus() { jq -n "$1 + $2"; }
order() { echo "{\"orderType\":\"vehicle\",\"dealerReference\":\"$1-$RUN\",\"lines\":[{\"itemCode\":\"SEDAN-A\",\"quantity\":$2}]}"; }

say "1. D1001's account before: limit, exposure (open orders, receivables, delivered-not-invoiced), free credit"
account
read -r OPEN REC DNI TOTAL <<<"$(exposure)"; LIMIT=$(j .limit); FREE=$(j .freeCredit)
echo "   limit $LIMIT, exposure $OPEN + $REC + $DNI = $TOTAL, free $FREE"
expect "$(jq -n "$LIMIT - $TOTAL")" "$FREE"

say "2. An order worth 3 x 150,000.00 = 450,000.00, more than the free credit: CreditBlocked (CLE), a credit-decision task"
expect "$(post /api/v1/orders "$(order VO-CR 3)" -H "$D1001")" 201
ID=$(j .id)
expect "$(post "/api/v1/orders/$ID/submit" '{}' -H "$D1001")" 200
expect "$(j '.status + " " + .creditReasonCode')" "CreditBlocked CLE"
TASK=$(task_of "$ID" "$CM"); [ -n "$TASK" ] || fail "no credit-decision task for $ID in hq.credit's inbox"

say "3. The credit manager releases it: the order goes on to approval; open orders grow by exactly 450,000.00"
expect "$(post "/api/v1/tasks/$TASK/complete" '{"decision":"release","comment":"bank guarantee received"}' -H "$CM")" 200
expect "$(get "/api/v1/orders/$ID" -H "$D1001")" 200
expect "$(j .status)" PendingApproval
account; expect "$(exposure)" "$(plus "$OPEN" 450000) $REC $DNI $(plus "$TOTAL" 450000)"

say "4. Approved by the branch sales manager, accepted and shipped by HQ: the amount moves to delivered-not-invoiced"
B11=$(login b11.sales@demo.local); HQ=$(login hq.sales@demo.local)
expect "$(post "/api/v1/orders/$ID/approve" '{}' -H "$B11")" 200
expect "$(post "/api/v1/orders/$ID/accept" '{}' -H "$HQ")" 200
expect "$(post "/api/v1/orders/$ID/ship" '{}' -H "$HQ")" 200
account; expect "$(exposure)" "$OPEN $REC $(plus "$DNI" 450000) $(plus "$TOTAL" 450000)"

say "5. The ERP posts the invoice: the amount moves to receivables"
ERP=$(login erp@demo.local)
expect "$(post /api/v1/credit/invoices "{\"dealerCode\":\"D1001\",\"invoiceNumber\":\"INV-$RUN\",\"orderId\":\"$ID\",\"amount\":450000}" -H "$ERP")" 201
account; expect "$(exposure)" "$OPEN $(plus "$REC" 450000) $DNI $(plus "$TOTAL" 450000)"

say "6. The ERP posts the payment: exposure is back where it started"
expect "$(post /api/v1/credit/payments "{\"dealerCode\":\"D1001\",\"reference\":\"PAY-$RUN\",\"amount\":450000,\"invoiceNumber\":\"INV-$RUN\"}" -H "$ERP")" 201
account; expect "$(exposure)" "$OPEN $REC $DNI $TOTAL"

say "7. Another blocked order, rejected by the credit manager: Rejected, nothing added to the exposure"
expect "$(post /api/v1/orders "$(order VO-CR-REJ 3)" -H "$D1001")" 201
REJ=$(j .id)
expect "$(post "/api/v1/orders/$REJ/submit" '{}' -H "$D1001")" 200
expect "$(j .status)" CreditBlocked
TASK=$(task_of "$REJ" "$CM")
expect "$(post "/api/v1/tasks/$TASK/complete" '{"decision":"reject","reasonCode":"CLE","comment":"no guarantee"}' -H "$CM")" 200
expect "$(get "/api/v1/orders/$REJ" -H "$D1001")" 200
expect "$(j .status)" Rejected
account; expect "$(exposure)" "$OPEN $REC $DNI $TOTAL"

say "8. D1002's blocked parts order waits 2 days: the decision escalates from the regional controller to HQ credit managers"
D1002=$(key D1002)
expect "$(post /api/v1/orders "{\"orderType\":\"parts\",\"dealerReference\":\"PO-ESC-$RUN\",\"lines\":[{\"itemCode\":\"PN-2002\",\"quantity\":10}]}" -H "$D1002")" 201
ESC=$(j .id)
expect "$(post "/api/v1/orders/$ESC/submit" '{}' -H "$D1002")" 200
expect "$(j .status)" CreditBlocked
[ -n "$(task_of "$ESC" "$(login r1.credit@demo.local)")" ] || fail "no task for the regional credit controller"
advance '{"days":2,"hours":1}'
CM=$(login hq.credit@demo.local)
expect "$(task_element_of "$ESC" "$CM")" decideCreditEscalated
expect "$(task_of "$ESC" "$(login r1.credit@demo.local)")" ""

say "9. A temporary limit of 800,000.00 for 10 days, requested by r1.credit, approved by hq.credit, reverts by timer"
CC=$(login r1.credit@demo.local)
ENDS=$(date -u -d "$(host_now) + 10 days" +%FT%TZ)
expect "$(post /api/v1/credit/accounts/D1001/limit-requests "{\"limit\":800000,\"endsAt\":\"$ENDS\",\"justification\":\"year-end stock $RUN\"}" -H "$CC")" 201
REQ=$(j .id)
expect "$(post "/api/v1/credit/limit-requests/$REQ/approve" '{}' -H "$CM")" 200
expect "$(j .status)" Effective
account; expect "$(j .limit)" 800000
advance '{"days":10,"hours":1}'
CM=$(login hq.credit@demo.local)
expect "$(get "/api/v1/credit/limit-requests/$REQ" -H "$CM")" 200
expect "$(j .status)" Expired
account; expect "$(j .limit)" "$LIMIT"

say "Credit walkthrough passed."
