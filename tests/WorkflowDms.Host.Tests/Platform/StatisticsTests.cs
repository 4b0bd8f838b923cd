using System.Net;
using System.Text.Json.Nodes;
using WorkflowDms.Host.Tests.Infrastructure;
using static WorkflowDms.Host.Tests.Platform.PlatformApi;

namespace WorkflowDms.Host.Tests.Platform;

/// <summary>Claim statistics per region, branch and dealer, within the caller's scope (own fixture: exact counts).</summary>
public sealed class StatisticsTests(HostFixture host) : IClassFixture<HostFixture>
{
    private static string Period => $"from={HostFixture.Today.UtcDateTime.AddDays(-1):yyyy-MM-dd}&to={HostFixture.Today.UtcDateTime.AddDays(1):yyyy-MM-dd}";

    [Fact]
    public async Task ClaimStatistics_CountStatusesValueAutoApprovalAndDecisionTime_WithinScope()
    {
        var wiper = await host.AsDealer("D1001").PostJsonAsync("/api/v1/claims", ApiClient.Serialize(DemoClaims.Wiper("ST-1"))).ExpectAsync(HttpStatusCode.Created);
        var review = await host.AsDealer("D1001").PostJsonAsync("/api/v1/claims", ApiClient.Serialize(DemoClaims.CatalyticConverter("ST-2"))).ExpectAsync(HttpStatusCode.Created);
        var other = await host.AsDealer("D2001").PostJsonAsync("/api/v1/claims", ApiClient.Serialize(DemoClaims.Wiper("ST-3"))).ExpectAsync(HttpStatusCode.Created);
        var r1Minor = Minor(wiper) + Minor(review);

        var reviewer = await host.AsStaffAsync("hq.reviewer@demo.local");
        var task = (await InboxAsync(reviewer)).First(t => t!["caseId"]!.GetValue<string>() == review["id"]!.GetValue<string>())!;
        host.Clock.Advance(TimeSpan.FromHours(6));
        await reviewer.PostJsonAsync($"/api/v1/tasks/{task["id"]}/complete", """{"decision":"approve"}""").ExpectAsync(HttpStatusCode.OK);

        var admin = await host.AsStaffAsync("admin@demo.local");
        var byRegion = await (await admin.GetAsync($"/api/v1/statistics/claims?{Period}&groupBy=region", Ct)).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal("region", byRegion["groupBy"]!.GetValue<string>());
        Assert.Equal(["R1", "R2"], Groups(byRegion));
        var r1 = Row(byRegion, "R1");
        Assert.Equal(2, r1["claims"]!.GetValue<int>());
        // The wiper claim was approved automatically (ApprovedForPayment); the converter is returnable (PartsReturnPending).
        Assert.Equal(["ApprovedForPayment", "PartsReturnPending"], r1["byStatus"]!.AsObject().Select(s => s.Key));
        Assert.Equal(1, r1["byStatus"]!["PartsReturnPending"]!.GetValue<int>());
        Assert.Equal(2, r1["approved"]!.GetValue<int>());
        Assert.Equal(1, r1["autoApproved"]!.GetValue<int>());
        Assert.Equal(0.5m, r1["autoApprovalRate"]!.GetValue<decimal>());
        Assert.Equal(455_600, r1Minor);
        AssertMoney(r1["claimedValue"]!, "CNY", r1Minor);
        AssertMoney(r1["approvedValue"]!, "CNY", r1Minor);

        // Decided after 0 h (automatically) and 6 h (by the reviewer): median 3 h, p90 0 + 0.9 × 6 h.
        var times = r1["timeToDecision"]!;
        Assert.Equal(2, times["decided"]!.GetValue<int>());
        Assert.Equal(3.0, times["averageHours"]!.GetValue<double>());
        Assert.Equal(3.0, times["medianHours"]!.GetValue<double>());
        Assert.Equal(5.4, times["p90Hours"]!.GetValue<double>());
        Assert.Equal(3, byRegion["total"]!["claims"]!.GetValue<int>());
        // Over all three (0 h, 0 h, 6 h): median 0 h, p90 at rank 1.8 → 0.8 × 6 h.
        Assert.Equal((3, 0.0, 4.8), (byRegion["total"]!["timeToDecision"]!["decided"]!.GetValue<int>(), byRegion["total"]!["timeToDecision"]!["medianHours"]!.GetValue<double>(), byRegion["total"]!["timeToDecision"]!["p90Hours"]!.GetValue<double>()));
        AssertMoney(byRegion["total"]!["claimedValue"]!, "CNY", r1Minor + Minor(other));

        var dealerView = await (await host.AsDealer("D2001").GetAsync($"/api/v1/statistics/claims?{Period}", Ct)).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(["D2001"], Groups(dealerView));
        Assert.Equal(1, dealerView["total"]!["claims"]!.GetValue<int>());
        AssertMoney(dealerView["total"]!["claimedValue"]!, "CNY", Minor(other));

        // A branch user sees its branch only, whatever it groups by; narrowing to a node of its own subtree is allowed.
        var branchUser = await host.AsStaffAsync("b21.reviewer@demo.local");
        var branchView = await (await branchUser.GetAsync($"/api/v1/statistics/claims?{Period}&groupBy=region", Ct)).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(["R2"], Groups(branchView));
        Assert.Equal(1, branchView["total"]!["claims"]!.GetValue<int>());
        Assert.Equal("/HQ/R2/B21/", branchView["scope"]!.GetValue<string>());
        var narrowed = await (await admin.GetAsync($"/api/v1/statistics/claims?{Period}&groupBy=branch&org=B11", Ct)).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(["B11"], Groups(narrowed));
        Assert.Equal(2, narrowed["total"]!["claims"]!.GetValue<int>());
    }

    private static long Minor(JsonObject claim) => (long)(claim["totalAmount"]!.GetValue<decimal>() * 100);

    internal static JsonNode Row(JsonObject report, string group) =>
        report["rows"]!.AsArray().Single(r => r!["group"]!.GetValue<string>() == group)!;

    internal static string[] Groups(JsonObject report) =>
        [.. report["rows"]!.AsArray().Select(r => r!["group"]!.GetValue<string>())];

    internal static void AssertMoney(JsonNode amounts, string currency, long minor)
    {
        var single = Assert.Single(amounts.AsArray());
        Assert.Equal(currency, single!["currency"]!.GetValue<string>());
        Assert.Equal(minor, single["minor"]!.GetValue<long>());
    }
}
