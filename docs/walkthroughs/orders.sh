#!/usr/bin/env bash
# Vehicle and parts orders over HTTP: the main path (draft → submitted → approved by the delegation-of-authority
# level → accepted → shipped → delivered → invoiced → closed) and the exceptions (held by policy and adjusted,
# four-eyes refusal, approval escalated to the next level after 3 days, cancelled). See docs/lifecycles/order.md.
source "$(dirname "$0")/lib.sh"
D1001=$(key D1001)
order() { echo "{\"orderType\":\"$1\",\"dealerReference\":\"$2-$RUN\",\"lines\":[{\"itemCode\":\"$3\",\"quantity\":$4}]}"; }
B11=$(login b11.sales@demo.local); HQ=$(login hq.sales@demo.local)

say "0. Four-eyes: an order hq.sales entered for D1001 cannot be approved by hq.sales (422 four-eyes); the branch sales manager rejects it"
expect "$(post /api/v1/orders "{\"orderType\":\"vehicle\",\"dealerCode\":\"D1001\",\"dealerReference\":\"VO-4E-$RUN\",\"lines\":[{\"itemCode\":\"SEDAN-A\",\"quantity\":1}]}" -H "$HQ")" 201
MINE=$(j .id)
expect "$(post "/api/v1/orders/$MINE/submit" '{}' -H "$HQ")" 200
expect "$(j .status)" PendingApproval
expect "$(post "/api/v1/orders/$MINE/approve" '{}' -H "$HQ")" 422
expect "$(j .code)" four-eyes
expect "$(post "/api/v1/orders/$MINE/reject" '{"reasonCode":"DUP","comment":"entered twice"}' -H "$B11")" 200
expect "$(j .status)" Rejected
expect "$(task_of "$MINE" "$B11")" ""

say "1. D1001 orders 2 x SEDAN-A (300,000.00) and submits it: PendingApproval, a task for the branch sales manager only"
expect "$(post /api/v1/orders "$(order vehicle VO SEDAN-A 2)" -H "$D1001")" 201
ID=$(j .id); expect "$(j .status)" Draft
expect "$(post "/api/v1/orders/$ID/submit" '{}' -H "$D1001")" 200
expect "$(j .status)" PendingApproval
expect "$(task_element_of "$ID" "$B11")" approveOrder
expect "$(task_of "$ID" "$HQ")" ""

say "2. Approved (b11.sales), accepted and shipped (hq.sales), received by the dealer, invoiced and paid through the ERP, closed"
ERP=$(login erp@demo.local)
expect "$(post "/api/v1/orders/$ID/approve" '{"comment":"within allocation"}' -H "$B11")" 200; expect "$(j .status)" Approved
expect "$(post "/api/v1/orders/$ID/accept" '{}' -H "$HQ")" 200; expect "$(j .status)" Accepted
expect "$(post "/api/v1/orders/$ID/ship" '{}' -H "$HQ")" 200; expect "$(j .status)" Shipped
expect "$(post "/api/v1/orders/$ID/receipt" '{}' -H "$D1001")" 200; expect "$(j .status)" Delivered
expect "$(post /api/v1/credit/invoices "{\"dealerCode\":\"D1001\",\"invoiceNumber\":\"INV-O-$RUN\",\"orderId\":\"$ID\",\"amount\":300000}" -H "$ERP")" 201
expect "$(post /api/v1/credit/payments "{\"dealerCode\":\"D1001\",\"reference\":\"PAY-O-$RUN\",\"amount\":300000,\"invoiceNumber\":\"INV-O-$RUN\"}" -H "$ERP")" 201
expect "$(post "/api/v1/orders/$ID/close" '{}' -H "$HQ")" 200; expect "$(j .status)" Closed
ACTIONS=$(audit_actions "order:$ID")
for a in CaseStatusChanged:Approved CaseStatusChanged:Shipped CaseStatusChanged:Closed; do
  case ",$ACTIONS," in *",$a"*) echo "   ok: audit has $a";; *) fail "audit lacks $a: $ACTIONS";; esac
done

say "3. An EV-S the price list does not offer yet is held (PNV); the dealer adjusts it to a SEDAN-A and it goes on"
expect "$(post /api/v1/orders "$(order vehicle VO-H EV-S 1)" -H "$D1001")" 201
HOLD=$(j .id)
expect "$(post "/api/v1/orders/$HOLD/submit" '{}' -H "$D1001")" 200
expect "$(j '.status + " " + .holdReasonCode')" "OnHold PNV"
expect "$(post "/api/v1/orders/$HOLD/adjust" '{"lines":[{"itemCode":"SEDAN-A","quantity":1}]}' -H "$D1001")" 200
expect "$(j .status)" PendingApproval

say "4. Nobody at the branch decides for 3 days: the approval escalates to HQ sales managers, who approve"
expect "$(post /api/v1/orders "$(order vehicle VO-ESC SEDAN-A 1)" -H "$D1001")" 201
ESC=$(j .id)
expect "$(post "/api/v1/orders/$ESC/submit" '{}' -H "$D1001")" 200
advance '{"days":3,"hours":1}'
B11=$(login b11.sales@demo.local); HQ=$(login hq.sales@demo.local)
expect "$(task_of "$ESC" "$B11")" ""
expect "$(task_element_of "$ESC" "$HQ")" approveOrderEscalated
expect "$(post "/api/v1/orders/$ESC/approve" '{"comment":"escalated"}' -H "$HQ")" 200
expect "$(j .status)" Approved

say "Orders walkthrough passed."
