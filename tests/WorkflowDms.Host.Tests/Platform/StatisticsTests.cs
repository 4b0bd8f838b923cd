using System.Net;
using WorkflowDms.Host.Tests.Infrastructure;
using static WorkflowDms.Host.Tests.Platform.PlatformApi;

namespace WorkflowDms.Host.Tests.Platform;

/// <summary>Claim statistics per region and dealer, within the caller's scope (own fixture: exact counts).</summary>
public sealed class StatisticsTests(HostFixture host) : IClassFixture<HostFixture>
{
    private static string Period => $"from={HostFixture.Today.UtcDateTime.AddDays(-1):yyyy-MM-dd}&to={HostFixture.Today.UtcDateTime.AddDays(1):yyyy-MM-dd}";

    [Fact]
    public async Task ClaimStatistics_CountStatusesAutoApprovalAndDecisionTime_WithinScope()
    {
        await host.AsDealer("D1001").PostJsonAsync("/api/v1/claims", ApiClient.Serialize(DemoClaims.Wiper("ST-1"))).ExpectAsync(HttpStatusCode.Created);
        var review = await host.AsDealer("D1001").PostJsonAsync("/api/v1/claims", ApiClient.Serialize(DemoClaims.CatalyticConverter("ST-2"))).ExpectAsync(HttpStatusCode.Created);
        await host.AsDealer("D2001").PostJsonAsync("/api/v1/claims", ApiClient.Serialize(DemoClaims.Wiper("ST-3"))).ExpectAsync(HttpStatusCode.Created);

        var reviewer = await host.AsStaffAsync("hq.reviewer@demo.local");
        var task = (await InboxAsync(reviewer)).First(t => t!["caseId"]!.GetValue<string>() == review["id"]!.GetValue<string>())!;
        host.Clock.Advance(TimeSpan.FromHours(6));
        await reviewer.PostJsonAsync($"/api/v1/tasks/{task["id"]}/complete", """{"decision":"approve"}""").ExpectAsync(HttpStatusCode.OK);

        var byRegion = await (await (await host.AsStaffAsync("admin@demo.local")).GetAsync($"/api/v1/statistics/claims?{Period}&groupBy=region", Ct)).ExpectAsync(HttpStatusCode.OK);
        var r1 = byRegion["rows"]!.AsArray().Single(r => r!["group"]!.GetValue<string>() == "R1")!;
        Assert.Equal(2, r1["claims"]!.GetValue<int>());
        Assert.Equal(2, r1["approved"]!.GetValue<int>());
        Assert.Equal(1, r1["autoApproved"]!.GetValue<int>());
        Assert.Equal(0.5m, r1["autoApprovalRate"]!.GetValue<decimal>());
        Assert.Equal(3.0, r1["averageHoursToDecision"]!.GetValue<double>());
        Assert.Contains(byRegion["rows"]!.AsArray(), r => r!["group"]!.GetValue<string>() == "R2");

        var dealerView = await (await host.AsDealer("D2001").GetAsync($"/api/v1/statistics/claims?{Period}", Ct)).ExpectAsync(HttpStatusCode.OK);
        Assert.All(dealerView["rows"]!.AsArray(), r => Assert.Equal("D2001", r!["group"]!.GetValue<string>()));
        Assert.Equal(1, dealerView["total"]!["claims"]!.GetValue<int>());
    }
}
