#!/usr/bin/env bash
# A recall campaign over HTTP (issue 3, acceptance 3): define it, import 10,000 VINs with progress and rejected
# lines, launch it (stop-sale on unsold stock), each dealer's open-campaign list within its subtree, a recall repair
# claim remedying a VIN, the completion rate per campaign, region and dealer; then the exceptions (launch held by
# the rules until parts are available, a duplicate claim, a VIN outside the campaign) and closing. See
# docs/lifecycles/recall.md.
source "$(dirname "$0")/lib.sh"
M=$(login hq.recall@demo.local)
NUMBER="RC-WALK-$RUN"
TODAY=$(days_ago 0)

say "1. hq.recall defines $NUMBER (airbag inflator, labour LOP-RCL-001, part PN-RCL-001)"
expect "$(post /api/v1/recalls "{\"number\":\"$NUMBER\",\"title\":\"Driver airbag inflator\",\"type\":\"Safety\",\"priority\":1,\"laborOperationCode\":\"LOP-RCL-001\",\"partNumbers\":[\"PN-RCL-001\"],\"partsAvailabilityPercent\":50,\"minPartsAvailabilityPercent\":80,\"expiresOn\":\"$(date -u -d "$TODAY + 1 year" +%F)\"}" -H "$M")" 201
C=$(j .id); expect "$(j .status)" Draft

say "2. Import 10,000 VINs (4 in 10 at D1001, 3 at its sub-dealer D1002, 3 at D2001) plus 2 bad lines; watch the progress"
CSV=$(mktemp --suffix .csv)
python3 - "$CSV" <<'PY'
import sys
values = {**{str(d): d for d in range(10)}, **dict(zip("ABCDEFGH", range(1, 9))), **dict(zip("JKLMN", range(1, 6))),
          "P": 7, "R": 9, **dict(zip("STUVWXYZ", range(2, 10)))}
weights = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
def vin(serial):
    draft = f"LSVWK3B70TW{serial:06d}"
    check = sum(values[c] * w for c, w in zip(draft, weights)) % 11
    return draft[:8] + ("X" if check == 10 else str(check)) + draft[9:]
with open(sys.argv[1], "w") as f:
    f.write("vin,dealerCode,productionDate,modelGroup\n")
    for n in range(1, 10001):
        dealer = "D1001" if n % 10 < 4 else "D1002" if n % 10 < 7 else "D2001"
        f.write(f"{vin(n)},{dealer},2026-01-15,SUV-T\n")
    f.write("NOT-A-VIN,D1001,2026-01-15,SUV-T\n")
    f.write(f"{vin(10002)},D9999,2026-01-15,SUV-T\n")
PY
VIN7=$(sed -n 8p "$CSV" | cut -d, -f1); VIN4=$(sed -n 5p "$CSV" | cut -d, -f1)   # serial 7 is D2001's, serial 4 D1002's
expect "$(req POST "/api/v1/recalls/$C/imports?createMissingVehicles=true" -H "$M" -H 'Content-Type: text/csv' --data-binary @"$CSV")" 202
IMPORT=$(j .id); rm -f "$CSV"
for _ in $(seq 1 120); do
  expect "$(get "/api/v1/recalls/$C/imports/$IMPORT" -H "$M")" 200 >/dev/null
  echo "   import $(j .status): $(j .processed) of $(j .total) processed ($(j .percentDone)%)"
  [ "$(j .status)" = Completed ] && break; sleep 0.5
done
expect "$(j '"\(.status) \(.accepted) \(.rejected)"')" "Completed 10000 2"
expect "$(get "/api/v1/recalls/$C/imports/$IMPORT/rejections" -H "$M")" 200
grep -q "Unknown dealer code 'D9999'" "$OUT" || fail "rejections do not name the unknown dealer"; echo "   ok: rejected lines listed with reasons"

say "3. Launch with parts 50% available (rule R-06 wants 80%): held; with 85% available: Active"
expect "$(post "/api/v1/recalls/$C/launch" '{}' -H "$M")" 200
[ "$(j .status)" != Active ] || fail "launched although parts are short"; echo "   held: $(j .status), rule $(j .lastRuleResult.decision)"
expect "$(post "/api/v1/recalls/$C/launch-conditions" '{"partsAvailabilityPercent":85}' -H "$M")" 200
expect "$(j .status)" Active

say "4. Dealers see only the open campaign vehicles in their subtree, under stop-sale"
expect "$(get "/api/v1/recalls/$C" -H "$(key D2001)")" 200; expect "$(j .openVehicles)" 3000
expect "$(get "/api/v1/recalls/$C" -H "$(key D1001)")" 200; expect "$(j .openVehicles)" 7000
expect "$(get "/api/v1/recalls/open-vehicles?campaignId=$C&limit=50" -H "$(key D2001)")" 200
expect "$(j '[.items[] | select(.dealerCode != "D2001")] | length')" 0
expect "$(j '[.items[] | select(.stopSale | not)] | length')" 0

say "5. D2001 claims the recall repair of $VIN7: approved, the VIN is remedied and its stop-sale lifted"
claim() { echo "{\"campaignNumber\":\"$NUMBER\",\"vin\":\"$1\",\"repairOrderNumber\":\"RO-$2-$RUN\",\"repairDate\":\"$TODAY\",\"mileageKm\":1200}"; }
expect "$(post /api/v1/recall-claims "$(claim "$VIN7" 7)" -H "$(key D2001)")" 201
expect "$(j '.status + " " + .vehicleStatus')" "Approved Remedied"
expect "$(get "/api/v1/vehicles/$VIN7/campaigns" -H "$(key D2001)")" 200
expect "$(j '"\(.openCampaigns) \(.stopSale)"')" "0 false"
expect "$(post /api/v1/recall-claims "$(claim "$VIN4" 4)" -H "$(key D1001)")" 201   # for its sub-dealer D1002

say "6. Completion: 2 of 10,000 overall; per region and dealer; D2001 sees only its own"
expect "$(get "/api/v1/recalls/$C/completion" -H "$M")" 200
expect "$(j '"\(.total.affected) \(.total.remedied) \(.total.completionRate)"')" "10000 2 0.0002"
expect "$(j '[.byDealer[] | select(.code=="D2001") | "\(.affected) \(.remedied)"][0]')" "3000 1"
expect "$(get "/api/v1/recalls/$C/completion" -H "$(key D2001)")" 200
expect "$(j '"\(.total.affected) \(.total.remedied) \(.byDealer | length)"')" "3000 1 1"

say "7. Exceptions: the same VIN again (422 R-09), a VIN of another dealer (404)"
expect "$(post /api/v1/recall-claims "$(claim "$VIN7" 7B)" -H "$(key D2001)")" 422
expect "$(j .code)" R-09-vin-already-remedied
expect "$(get "/api/v1/vehicles/$VIN7/campaigns" -H "$(key D1001)")" 404

say "8. hq.recall closes the campaign"
expect "$(post "/api/v1/recalls/$C/close" '{"reason":"walkthrough done"}' -H "$M")" 200
expect "$(j .status)" Closed

say "Recall walkthrough passed."
