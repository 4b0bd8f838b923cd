using System.Net;
using System.Text.Json.Nodes;
using WorkflowDms.Application.Recalls;
using WorkflowDms.Host.Tests.Infrastructure;
using WorkflowDms.Host.Tests.Recalls;
using WorkflowDms.Host.Tests.Returns;
using static WorkflowDms.Host.Tests.Platform.PlatformApi;
using static WorkflowDms.Host.Tests.Platform.StatisticsTests;

namespace WorkflowDms.Host.Tests.Platform;

/// <summary>
/// Returns and recall statistics (own fixture: exact figures). The demo recall RC-2026-001 (published) has 50
/// vehicles at each of D1001, D1002 (both branch B11) and D2001 (branch B21); RC-2026-002 (not yet published,
/// HQ's) has 20 at each.
/// </summary>
public sealed class StatisticsReturnsAndRecallsTests(HostFixture host) : IClassFixture<HostFixture>
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(HostFixture.Today.UtcDateTime);

    private static string Period => $"from={HostFixture.Today.UtcDateTime.AddDays(-1):yyyy-MM-dd}&to={HostFixture.Today.UtcDateTime.AddDays(1):yyyy-MM-dd}";

    [Fact]
    public async Task ReturnStatistics_CountStatusesAndCreditedValue_WithinScope()
    {
        // D1001: 880.00 requested, accepted in full, credited 748.00 (15 % restocking fee); D2001: requested only.
        var credited = await ReturnsApi.ReceivedReturnAsync(host);
        var manager = await host.AsStaffAsync(ReturnsApi.PartsManager);
        await manager.CompleteAsync((await manager.TaskForAsync(credited))!, """{"decision":"accepted"}""");
        await host.AsDealer("D2001").RequestAsync(ReturnsApi.Request(host));

        var admin = await host.AsStaffAsync("admin@demo.local");
        var byBranch = await GetAsync(admin, $"/api/v1/statistics/returns?{Period}&groupBy=branch");
        Assert.Equal(["B11", "B21"], Groups(byBranch));
        var b11 = Row(byBranch, "B11");
        Assert.Equal(1, b11["returns"]!.GetValue<int>());
        Assert.Equal(1, b11["byStatus"]!["Closed"]!.GetValue<int>());
        AssertMoney(b11["requestedValue"]!, "CNY", 880_00);
        Assert.Equal(1, b11["credited"]!.GetValue<int>());
        AssertMoney(b11["creditedValue"]!, "CNY", 748_00);
        var b21 = Row(byBranch, "B21");
        Assert.Equal(1, b21["byStatus"]!["Requested"]!.GetValue<int>());
        Assert.Equal(0, b21["credited"]!.GetValue<int>());
        Assert.Empty(b21["creditedValue"]!.AsArray());
        Assert.Equal(2, byBranch["total"]!["returns"]!.GetValue<int>());
        AssertMoney(byBranch["total"]!["requestedValue"]!, "CNY", 2 * 880_00);

        var dealerView = await GetAsync(host.AsDealer("D2001"), $"/api/v1/statistics/returns?{Period}&groupBy=branch");
        Assert.Equal(["B21"], Groups(dealerView));
        Assert.Equal(0, dealerView["total"]!["credited"]!.GetValue<int>());
        var branchView = await GetAsync(await host.AsStaffAsync("b11.parts@demo.local"), $"/api/v1/statistics/returns?{Period}");
        Assert.Equal(["D1001"], Groups(branchView));
        Assert.Equal(1, branchView["total"]!["credited"]!.GetValue<int>());
    }

    [Fact]
    public async Task RecallStatistics_CompletionPerCampaignAndGroup_WithinScope()
    {
        // Vin(3) is D1001's stock, Vin(5) D2001's: one repair each remedies one VIN of RC-2026-001.
        foreach (var (code, n) in new[] { ("D1001", 3), ("D2001", 5) })
        {
            var claim = await host.AsDealer(code).PostJsonAsync("/api/v1/recall-claims", RecallApi.Claim(RecallDemoSeed.ActiveCampaign, RecallDemoSeed.Vin(n), Today, $"RO-STAT-{n}"))
                .ExpectAsync(HttpStatusCode.Created);
            Assert.Equal("Remedied", claim["vehicleStatus"]!.GetValue<string>());
        }

        var admin = await host.AsStaffAsync("admin@demo.local");
        var byRegion = await GetAsync(admin, "/api/v1/statistics/recalls?groupBy=region");
        Assert.Equal([RecallDemoSeed.ActiveCampaign, RecallDemoSeed.HeldCampaign], byRegion["campaigns"]!.AsArray().Select(c => c!["number"]!.GetValue<string>()));
        AssertCompletion(Campaign(byRegion, RecallDemoSeed.ActiveCampaign), 150, 2, 0.0133m);
        AssertCompletion(Campaign(byRegion, RecallDemoSeed.HeldCampaign), 60, 0, 0m);
        Assert.Equal(["R1", "R2"], Groups(byRegion));
        AssertCompletion(Row(byRegion, "R1"), 140, 1, 0.0071m);
        AssertCompletion(Row(byRegion, "R2"), 70, 1, 0.0143m);
        AssertCompletion(byRegion["total"]!, 210, 2, 0.0095m);

        var activeId = CampaignId(byRegion, RecallDemoSeed.ActiveCampaign);
        var heldId = CampaignId(byRegion, RecallDemoSeed.HeldCampaign);
        var oneCampaign = await GetAsync(admin, $"/api/v1/statistics/recalls?campaignId={activeId}");
        Assert.Equal(["D1001", "D1002", "D2001"], Groups(oneCampaign));
        AssertCompletion(Row(oneCampaign, "D1001"), 50, 1, 0.02m);
        AssertCompletion(Row(oneCampaign, "D1002"), 50, 0, 0m);
        AssertCompletion(oneCampaign["total"]!, 150, 2, 0.0133m);

        // D2001 sees the published campaign over its own 50 vehicles; HQ's unpublished one does not exist for it.
        var dealer = host.AsDealer("D2001");
        var dealerView = await GetAsync(dealer, "/api/v1/statistics/recalls");
        Assert.Equal([RecallDemoSeed.ActiveCampaign], dealerView["campaigns"]!.AsArray().Select(c => c!["number"]!.GetValue<string>()));
        AssertCompletion(Campaign(dealerView, RecallDemoSeed.ActiveCampaign), 50, 1, 0.02m);
        Assert.Equal(["D2001"], Groups(dealerView));
        await (await dealer.GetAsync($"/api/v1/statistics/recalls?campaignId={heldId}", Ct)).ExpectProblemAsync(HttpStatusCode.NotFound);

        var branchView = await GetAsync(await host.AsStaffAsync("b11.parts@demo.local"), "/api/v1/statistics/recalls");
        AssertCompletion(Assert.Single(branchView["campaigns"]!.AsArray())!["completion"]!, 100, 1, 0.01m);
        Assert.Equal(["D1001", "D1002"], Groups(branchView));
    }

    private static async Task<JsonObject> GetAsync(HttpClient client, string url) =>
        await (await client.GetAsync(url, Ct)).ExpectAsync(HttpStatusCode.OK);

    private static JsonNode Campaign(JsonObject report, string number) =>
        report["campaigns"]!.AsArray().Single(c => c!["number"]!.GetValue<string>() == number)!["completion"]!;

    private static string CampaignId(JsonObject report, string number) =>
        report["campaigns"]!.AsArray().Single(c => c!["number"]!.GetValue<string>() == number)!["campaignId"]!.GetValue<string>();

    private static void AssertCompletion(JsonNode row, int affected, int remedied, decimal rate) =>
        Assert.Equal(
            (affected, remedied, affected - remedied, rate),
            (row["affected"]!.GetValue<int>(), row["remedied"]!.GetValue<int>(), row["open"]!.GetValue<int>(), row["completionRate"]!.GetValue<decimal>()));
}
