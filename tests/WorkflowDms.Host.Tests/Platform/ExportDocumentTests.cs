using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using WorkflowDms.Host.Tests.Claims;
using WorkflowDms.Host.Tests.Infrastructure;
using WorkflowDms.Host.Tests.Orders;
using WorkflowDms.Host.Tests.Returns;
using static WorkflowDms.Host.Tests.Platform.PlatformApi;

namespace WorkflowDms.Host.Tests.Platform;

/// <summary>
/// The ERP documents of one day, made through the API — ERP-posted invoices (one for a delivered order), a
/// warranty settlement, a credited return, two credit blocks — and exported per kind as CSV and XML: exact rows
/// and minor-unit amounts for HQ, and only its own subtree's rows for a dealer, a sub-dealer and each branch.
/// </summary>
public sealed class ExportDocumentTests(HostFixture host) : IClassFixture<HostFixture>
{
    // The export day: the day after the demo seed, so the seeded invoices (posted at the seed) are not in it.
    private const string Period = "from=2026-11-24&to=2026-11-25";
    private const string Day = "2026-11-24T";

    [Fact]
    public async Task EveryKind_HasTheDaysDocuments_ExactlyAndWithinScope_AsCsvAndXml()
    {
        await host.AsStaffAsync("admin@demo.local");
        host.Clock.Advance(TimeSpan.FromDays(1));
        Assert.Equal(new DateTime(2026, 11, 24, 9, 0, 0, DateTimeKind.Utc), host.Clock.GetUtcNow().UtcDateTime);

        // 09:00 — a D1001 parts order delivered and invoiced by the ERP, two more invoices, a part payment.
        var d1001 = host.AsDealer("D1001");
        var parts = await host.AsStaffAsync("hq.parts@demo.local");
        var delivered = await OrderApi.CreateAsync(d1001, OrderApi.Order("parts", "PO-EXP-INV", ("PN-2002", 10)));
        await OrderApi.SubmitAsync(d1001, delivered);
        foreach (var step in new[] { "approve", "accept", "ship" })
        {
            await parts.PostJsonAsync($"/api/v1/orders/{delivered}/{step}", "").ExpectAsync(HttpStatusCode.OK);
        }

        var deliveredOrder = await d1001.PostJsonAsync($"/api/v1/orders/{delivered}/receipt", "").ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(800.00m, deliveredOrder["total"]!.GetValue<decimal>());
        var erp = await host.AsStaffAsync("erp@demo.local");
        await erp.PostJsonAsync("/api/v1/credit/invoices", ApiClient.Serialize(new
        {
            dealerCode = "D1001", invoiceNumber = "INV-EXP-1", orderId = delivered, amount = 800.00m, currency = "CNY", invoiceDate = "2026-11-20", dueDate = "2026-12-20",
        })).ExpectAsync(HttpStatusCode.Created);
        await erp.PostJsonAsync("/api/v1/credit/invoices", """{"dealerCode":"D1002","invoiceNumber":"INV-EXP-2","amount":500.00}""").ExpectAsync(HttpStatusCode.Created);
        await erp.PostJsonAsync("/api/v1/credit/invoices", """{"dealerCode":"D2001","invoiceNumber":"INV-EXP-3","amount":999.99}""").ExpectAsync(HttpStatusCode.Created);
        await erp.PostJsonAsync("/api/v1/credit/payments", """{"dealerCode":"D1001","reference":"PAY-EXP-1","amount":300.00,"invoiceNumber":"INV-EXP-1"}""").ExpectAsync(HttpStatusCode.Created);

        // 09:10 — two wiper claims approved automatically (116.00 each); 09:20 — the period is settled.
        host.Clock.Advance(TimeSpan.FromMinutes(10));
        var claimEast = await host.SubmitAsync("D1001", WarrantyApi.Wiper("EXD-1"));
        var claimCentral = await host.SubmitAsync("D2001", WarrantyApi.Wiper("EXD-2", "LSVAU2180M2100003", 8_000));
        host.Clock.Advance(TimeSpan.FromMinutes(10));
        var batches = await (await host.AsStaffAsync("hq.supervisor@demo.local")).PostJsonAsync("/api/v1/settlement/batches", """{"period":"2026-11"}""").ArrayAsync(HttpStatusCode.Created);
        var batchIds = batches.ToDictionary(b => b!["dealerCode"]!.GetValue<string>(), b => b!["id"]!.GetValue<string>());

        // 09:30 — a D1001 return accepted at inspection: 880.00 less 15 % restocking = 748.00 credited.
        host.Clock.Advance(TimeSpan.FromMinutes(10));
        var returnId = await ReturnsApi.ReceivedReturnAsync(host);
        var inspection = await parts.TaskForAsync(returnId);
        Assert.NotNull(inspection);
        await parts.CompleteAsync(inspection, """{"decision":"accepted"}""");
        var credited = await d1001.GetReturnAsync(returnId);
        Assert.Equal(748.00m, credited["creditAmount"]!.GetValue<decimal>());

        // 09:40 — D1002 (an overdue item) and 09:50 — D2001 (account blocked) are credit-blocked.
        host.Clock.Advance(TimeSpan.FromMinutes(10));
        var d1002 = host.AsDealer("D1002");
        var overdue = await OrderApi.SubmitAsync(d1002, await OrderApi.CreateAsync(d1002, OrderApi.Order("parts", "PO-EXP-OVD", ("PN-2002", 10))));
        host.Clock.Advance(TimeSpan.FromMinutes(10));
        await (await host.AsStaffAsync("hq.credit@demo.local")).PostJsonAsync("/api/v1/credit/accounts/D2001/block", """{"reason":"guarantee expired"}""").ExpectAsync(HttpStatusCode.OK);
        var d2001 = host.AsDealer("D2001");
        var blocked = await OrderApi.SubmitAsync(d2001, await OrderApi.CreateAsync(d2001, OrderApi.Order("parts", "PO-EXP-BLK", ("PN-1001", 2))));
        Assert.Equal(("CreditBlocked", "CreditBlocked"), (OrderApi.Status(overdue), OrderApi.Status(blocked)));

        var admin = await host.AsStaffAsync("admin@demo.local");
        var expected = new Dictionary<string, List<string>>
        {
            ["claims"] = [.. new[] { claimEast, claimCentral }.Select(ClaimLine).Order(StringComparer.Ordinal)],
            ["credit-notes"] =
            [
                $"PB-2026-11-D1001,D1001,warranty-settlement,{Day}09:20:00Z,CNY,11600,payment-batch,PB-2026-11-D1001,payment-batch:{batchIds["D1001"]}",
                $"PB-2026-11-D2001,D2001,warranty-settlement,{Day}09:20:00Z,CNY,11600,payment-batch,PB-2026-11-D2001,payment-batch:{batchIds["D2001"]}",
                $"{credited["creditNoteNumber"]},D1001,return-credit-note,{Day}09:30:00Z,CNY,74800,return,{credited["number"]},return:{returnId}",
            ],

            // INV-EXP-1: 800.00 less the 300.00 paid; D1001's credit notes clear the older seeded item first (due sooner).
            // INV-EXP-3: 999.99 less D2001's settlement credit note of 116.00.
            ["invoices"] =
            [
                $"INV-EXP-1,D1001,2026-11-20,2026-12-20,{Day}09:00:00Z,CNY,80000,50000,order,{deliveredOrder["number"]},erp@demo.local",
                $"INV-EXP-2,D1002,2026-11-24,2026-12-24,{Day}09:00:00Z,CNY,50000,50000,,,erp@demo.local",
                $"INV-EXP-3,D2001,2026-11-24,2026-12-24,{Day}09:00:00Z,CNY,99999,88399,,,erp@demo.local",
            ],
            ["credit-blocks"] =
            [
                $"{overdue["number"]},D1002,PO-EXP-OVD,parts,{Day}09:40:00Z,credit-block,CNY,{Minor(overdue)},OVD,CreditBlocked",
                $"{blocked["number"]},D2001,PO-EXP-BLK,parts,{Day}09:50:00Z,credit-block,CNY,{Minor(blocked)},BLK,CreditBlocked",
            ],
        };
        Assert.Equal("840000", Minor(blocked));

        var callers = new (HttpClient Client, string[] Dealers)[]
        {
            (admin, ["D1001", "D1002", "D2001"]),
            (d1001, ["D1001", "D1002"]),
            (d1002, ["D1002"]),
            (await host.AsStaffAsync("b11.sales@demo.local"), ["D1001", "D1002"]),
            (await host.AsStaffAsync("b21.reviewer@demo.local"), ["D2001"]),
        };
        var rowNames = new Dictionary<string, string> { ["claims"] = "claim", ["credit-notes"] = "creditNote", ["invoices"] = "invoice", ["credit-blocks"] = "creditBlock" };
        foreach (var (kind, lines) in expected)
        {
            foreach (var (client, dealers) in callers)
            {
                var (header, rows) = await ExportApi.CsvAsync(client, kind, Period);
                Assert.Equal("documentNumber,dealerCode", string.Join(',', header.Take(2)));
                var mine = lines.Where(l => dealers.Contains(l.Split(',')[1])).ToList();
                Assert.Equal(mine, ExportApi.Lines(rows, header, "eventId"));
                Assert.All(rows, r => Assert.Equal(header.Length, r.Length));
                Assert.Equal(rows.Select(r => string.Join(',', r)), (await ExportApi.XmlAsync(client, kind, Period, rowNames[kind], header)).Select(r => string.Join(',', r)));
            }
        }

        var audit = await GetArrayAsync(admin, "/api/v1/audit?subject=export:invoices");
        Assert.Contains(audit, e => e!["action"]!.GetValue<string>() == "ExportProduced" && e["data"]!["rows"]!.GetValue<int>() == 3);
    }

    /// <summary>The claims row an approved-then-settled wiper claim gives: 116.00 claimed and approved, closed by the settlement.</summary>
    private static string ClaimLine(JsonObject claim) =>
        $"{claim["number"]},{claim["dealerCode"]},{claim["dealerClaimNumber"]},{claim["vin"]},RO-{claim["dealerClaimNumber"]},{DemoClaims.RepairedDaysAgo(5)}," +
        $"{Day}09:10:00Z,Closed,CNY,11600,11600,{claim["decisionReasonCode"]?.GetValue<string>()}";

    private static string Minor(JsonObject order) => ((long)(order["total"]!.GetValue<decimal>() * 100)).ToString(CultureInfo.InvariantCulture);
}
