using System.Net;
using WorkflowDms.Host.Tests.Infrastructure;

namespace WorkflowDms.Host.Tests.Claims;

/// <summary>
/// Settlement: the claims approved for payment are collected per dealer and period into a payment batch, paid
/// and closed, and each batch posts a credit note to its dealer.
/// </summary>
public sealed class SettlementTests(HostFixture host) : IClassFixture<HostFixture>
{
    [Fact]
    public async Task Supervisor_SettlesThePeriod_OneBatchPerDealer_ClaimsPaidAndClosed()
    {
        var a = (await host.SubmitAsync("D1001", WarrantyApi.Wiper("ST-1", "LSVAU2185N2100001", 23_500)))["id"]!.GetValue<string>();
        var b = (await host.SubmitAsync("D1001", WarrantyApi.Wiper("ST-2", "LSVAU2185N2100001", 23_600)))["id"]!.GetValue<string>();
        var c = (await host.SubmitAsync("D2001", WarrantyApi.Wiper("ST-3", "LSVAU2180M2100003", 8_000)))["id"]!.GetValue<string>();
        var pending = (await host.SubmitAsync("D1001", DemoClaims.CatalyticConverter("ST-4")))["id"]!.GetValue<string>();
        var supervisor = await host.AsStaffAsync("hq.supervisor@demo.local");

        var batches = await supervisor.PostJsonAsync("/api/v1/settlement/batches", """{"period":"2026-11"}""").ArrayAsync(HttpStatusCode.Created);

        Assert.Equal(["D1001", "D2001"], batches.Select(x => x!["dealerCode"]!.GetValue<string>()));
        var d1001 = batches[0]!.AsObject();
        Assert.Equal(("PB-2026-11-D1001", 2, 232.00m), (d1001["number"]!.GetValue<string>(), d1001["claimCount"]!.GetValue<int>(), d1001["totalAmount"]!.GetValue<decimal>()));
        Assert.Equal($"payment-batch:{d1001["id"]}", d1001["creditNoteReference"]!.GetValue<string>());
        Assert.Equal(116.00m, batches[1]!["totalAmount"]!.GetValue<decimal>());

        var dealer = host.AsDealer("D1001");
        foreach (var id in new[] { a, b })
        {
            var paid = await dealer.ClaimAsync(id);
            Assert.Equal("Closed", paid.Status());
            Assert.Equal(d1001["id"]!.GetValue<string>(), paid["paymentBatchId"]!.GetValue<string>());
        }

        Assert.Equal("Closed", (await host.AsDealer("D2001").ClaimAsync(c)).Status());
        Assert.Equal("PendingReview", (await dealer.ClaimAsync(pending)).Status());
        var steps = (await host.AuditAsync($"claim:{a}")).Where(e => e["action"]!.GetValue<string>() == "ClaimStatusChanged")
            .Select(e => e["data"]!["step"]!.GetValue<string>()).ToList();
        Assert.Equal(["auto-approve", "approve-for-payment", "pay", "close"], steps);
        Assert.Contains(await host.AuditAsync($"payment-batch:{d1001["id"]}"), e => e["action"]!.GetValue<string>() == "LedgerPosted");

        // The credit note is on the dealer's credit account, under the batch's reference.
        var postings = await dealer.GetAsync("/api/v1/credit/accounts/D1001/postings", TestContext.Current.CancellationToken).ArrayAsync(HttpStatusCode.OK);
        Assert.Contains(postings, p => p!["kind"]!.GetValue<string>() == "credit-note" && p["reference"]!.GetValue<string>() == $"payment-batch:{d1001["id"]}");

        // The dealer sees its batch and its claims; another dealer and another branch get 404.
        var read = await (await dealer.GetAsync($"/api/v1/settlement/batches/{d1001["id"]}", TestContext.Current.CancellationToken)).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(2, read["claimNumbers"]!.AsArray().Count);
        await (await host.AsDealer("D2001").GetAsync($"/api/v1/settlement/batches/{d1001["id"]}", TestContext.Current.CancellationToken)).ExpectProblemAsync(HttpStatusCode.NotFound);
        var otherBranch = await host.AsStaffAsync("b21.reviewer@demo.local");
        await (await otherBranch.GetAsync($"/api/v1/settlement/batches/{d1001["id"]}", TestContext.Current.CancellationToken)).ExpectProblemAsync(HttpStatusCode.NotFound);
        await (await dealer.GetAsync($"/api/v1/settlement/batches/{Guid.NewGuid()}", TestContext.Current.CancellationToken)).ExpectProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal(["D1001"], (await dealer.GetAsync("/api/v1/settlement/batches", TestContext.Current.CancellationToken).ArrayAsync(HttpStatusCode.OK)).Select(x => x!["dealerCode"]!.GetValue<string>()));
        Assert.Equal(["D2001"], (await otherBranch.GetAsync("/api/v1/settlement/batches", TestContext.Current.CancellationToken).ArrayAsync(HttpStatusCode.OK)).Select(x => x!["dealerCode"]!.GetValue<string>()));

        // Nothing left to settle; a later approval cannot go into the settled period again.
        var nothing = await supervisor.PostJsonAsync("/api/v1/settlement/batches", """{"period":"2026-11"}""").ExpectProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Contains("nothing-to-settle", nothing.ToJsonString(), StringComparison.Ordinal);
        await host.SubmitAsync("D1001", WarrantyApi.Wiper("ST-5", "LSVAU2185N2100001", 23_700));
        var twice = await supervisor.PostJsonAsync("/api/v1/settlement/batches", """{"period":"2026-11"}""").ExpectProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains("already settled", twice.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Settlement_NeedsASupervisor_AndAPeriod()
    {
        var reviewer = await host.AsStaffAsync("hq.reviewer@demo.local");
        Assert.Equal(HttpStatusCode.Forbidden, (await reviewer.PostJsonAsync("/api/v1/settlement/batches", """{"period":"2026-11"}""")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await host.AsDealer("D1001").PostJsonAsync("/api/v1/settlement/batches", """{"period":"2026-11"}""")).StatusCode);
        var supervisor = await host.AsStaffAsync("hq.supervisor@demo.local");
        var bad = await supervisor.PostJsonAsync("/api/v1/settlement/batches", """{"period":"November"}""").ExpectProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("period", bad.ToJsonString(), StringComparison.Ordinal);
        var future = await supervisor.PostJsonAsync("/api/v1/settlement/batches", """{"period":"2027-05"}""").ExpectProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Contains("period-in-future", future.ToJsonString(), StringComparison.Ordinal);
    }
}
