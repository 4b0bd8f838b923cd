using System.Net;
using WorkflowDms.Host.Tests.Infrastructure;

namespace WorkflowDms.Host.Tests.Security;

/// <summary>Org scope: nobody reads or acts on another dealer's or another branch's objects, and 404 leaks nothing.</summary>
public sealed class IsolationTests(HostFixture host) : IClassFixture<HostFixture>
{
    [Fact]
    public async Task GetClaim_OtherDealersClaim_Is404LikeAnUnknownId()
    {
        var claim = await host.AsDealer("D1001").PostJsonAsync("/api/v1/claims", ApiClient.Serialize(DemoClaims.Wiper("ISO-1"))).ExpectAsync(HttpStatusCode.Created);
        var id = claim["id"]!.GetValue<string>();
        var other = host.AsDealer("D2001");

        var foreign = await (await other.GetAsync($"/api/v1/claims/{id}", TestContext.Current.CancellationToken)).ExpectProblemAsync(HttpStatusCode.NotFound);
        var unknown = await (await other.GetAsync($"/api/v1/claims/{Guid.NewGuid()}", TestContext.Current.CancellationToken)).ExpectProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal(unknown["title"]!.GetValue<string>(), foreign["title"]!.GetValue<string>());
        Assert.DoesNotContain("D1001", foreign.ToJsonString());
    }

    [Fact]
    public async Task Resubmit_OtherDealersClaim_Is404()
    {
        var claim = await host.AsDealer("D1001").PostJsonAsync("/api/v1/claims", ApiClient.Serialize(DemoClaims.CatalyticConverter("ISO-2", hours: 3.5m))).ExpectAsync(HttpStatusCode.Created);
        var id = claim["id"]!.GetValue<string>();

        var response = await host.AsDealer("D2001").PostJsonAsync($"/api/v1/claims/{id}/resubmit", ApiClient.Serialize(DemoClaims.CatalyticConverter("ISO-2", hours: 3.5m, comment: "x")));
        await response.ExpectProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task ListClaims_ShowsOnlyOwnSubtree_TierOneSeesSubDealer()
    {
        await host.AsDealer("D1002").PostJsonAsync("/api/v1/claims", ApiClient.Serialize(DemoClaims.Wiper("SUB-1", vin: "LSVAU2180M2100003"))).ExpectAsync(HttpStatusCode.Created);
        await host.AsDealer("D2001").PostJsonAsync("/api/v1/claims", ApiClient.Serialize(DemoClaims.Wiper("OTHER-1"))).ExpectAsync(HttpStatusCode.Created);

        var tierOne = await (await host.AsDealer("D1001").GetAsync("/api/v1/claims?limit=200", TestContext.Current.CancellationToken)).ExpectAsync(HttpStatusCode.OK);
        var codes = tierOne["items"]!.AsArray().Select(c => c!["dealerCode"]!.GetValue<string>()).Distinct().ToList();
        Assert.Contains("D1002", codes);
        Assert.DoesNotContain("D2001", codes);

        var subDealer = await (await host.AsDealer("D1002").GetAsync("/api/v1/claims?limit=200", TestContext.Current.CancellationToken)).ExpectAsync(HttpStatusCode.OK);
        Assert.All(subDealer["items"]!.AsArray(), c => Assert.Equal("D1002", c!["dealerCode"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Submit_ForSubDealer_ByTierOne_IsBookedToSubDealer_ButNotForAStranger()
    {
        var dealer = host.AsDealer("D1001");
        var mine = ApiClient.Serialize(new { performingDealerCode = "D1002", dealerClaimNumber = "FOR-SUB-1", vin = "LSVAU2180M2100003", repairOrderNumber = "RO-FS1", repairDate = DemoClaims.RepairedDaysAgo(2), mileageKm = 8000, faultCode = "F-WP-002", causalPartNumber = "PN-2002", lines = new object[] { new { type = "part", partNumber = "PN-2002", quantity = 1 } } });
        var claim = await dealer.PostJsonAsync("/api/v1/claims", mine).ExpectAsync(HttpStatusCode.Created);
        Assert.Equal("D1002", claim["dealerCode"]!.GetValue<string>());

        var stranger = mine.Replace("D1002", "D2001").Replace("FOR-SUB-1", "FOR-SUB-2");
        var problem = await (await dealer.PostJsonAsync("/api/v1/claims", stranger)).ExpectProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Contains("performing", problem["detail"]!.GetValue<string>(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task AuditOfForeignClaim_ReturnsNothing()
    {
        var claim = await host.AsDealer("D1001").PostJsonAsync("/api/v1/claims", ApiClient.Serialize(DemoClaims.Wiper("ISO-3"))).ExpectAsync(HttpStatusCode.Created);
        var id = claim["id"]!.GetValue<string>();
        var response = await host.AsDealer("D2001").GetAsync($"/api/v1/audit?subject=claim:{id}", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("[]", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Requests_WithoutOrWithWrongApiKey_Are401()
    {
        var anonymous = host.CreateClient();
        await (await anonymous.PostJsonAsync("/api/v1/claims", ApiClient.Serialize(DemoClaims.Wiper("NOKEY")))).ExpectAsync(HttpStatusCode.Unauthorized);
        var wrong = host.CreateClient();
        wrong.DefaultRequestHeaders.Add("X-Api-Key", "not-a-key");
        await (await wrong.GetAsync("/api/v1/claims", TestContext.Current.CancellationToken)).ExpectAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task DealerKey_CannotUseStaffInboxOrVerifyAudit()
    {
        var dealer = host.AsDealer("D1001");
        Assert.Equal(HttpStatusCode.Forbidden, (await dealer.GetAsync("/api/v1/tasks", TestContext.Current.CancellationToken)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await dealer.GetAsync("/api/v1/audit/verify", TestContext.Current.CancellationToken)).StatusCode);
        var reviewer = await host.AsStaffAsync("hq.reviewer@demo.local");
        Assert.Equal(HttpStatusCode.Forbidden, (await reviewer.GetAsync("/api/v1/audit/verify", TestContext.Current.CancellationToken)).StatusCode);
    }
}
