using System.Net;
using WorkflowDms.Host.Tests.Infrastructure;

namespace WorkflowDms.Host.Tests.Claims;

/// <summary>Idempotency-Key: a retried submission returns the same claim; a reused key with another body is refused.</summary>
public sealed class IdempotencyTests(HostFixture host) : IClassFixture<HostFixture>
{
    [Fact]
    public async Task Submit_SameKeySameBody_ReturnsSameClaimOnce()
    {
        var dealer = host.AsDealer("D1001");
        var body = ApiClient.Serialize(DemoClaims.Wiper("IDEM-1"));
        var first = await dealer.PostJsonAsync("/api/v1/claims", body, "key-1").ExpectAsync(HttpStatusCode.Created);
        var second = await dealer.PostJsonAsync("/api/v1/claims", body, "key-1").ExpectAsync(HttpStatusCode.Created);

        Assert.Equal(first.ToJsonString(), second.ToJsonString());
        var list = await (await dealer.GetAsync("/api/v1/claims?limit=200", TestContext.Current.CancellationToken)).ExpectAsync(HttpStatusCode.OK);
        Assert.Single(list["items"]!.AsArray(), c => c!["dealerClaimNumber"]!.GetValue<string>() == "IDEM-1");
    }

    [Fact]
    public async Task Submit_SameKeyOtherBody_Is422()
    {
        var dealer = host.AsDealer("D1001");
        await dealer.PostJsonAsync("/api/v1/claims", ApiClient.Serialize(DemoClaims.Wiper("IDEM-2")), "key-2").ExpectAsync(HttpStatusCode.Created);
        var problem = await (await dealer.PostJsonAsync("/api/v1/claims", ApiClient.Serialize(DemoClaims.Wiper("IDEM-3")), "key-2"))
            .ExpectProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Contains("key-2", problem["detail"]!.GetValue<string>());
    }

    [Fact]
    public async Task Submit_SameKeyOtherDealer_IsIndependent()
    {
        var body = DemoClaims.Wiper("IDEM-4");
        await host.AsDealer("D1001").PostJsonAsync("/api/v1/claims", ApiClient.Serialize(body), "shared-key").ExpectAsync(HttpStatusCode.Created);
        await host.AsDealer("D2001").PostJsonAsync("/api/v1/claims", ApiClient.Serialize(body), "shared-key").ExpectAsync(HttpStatusCode.Created);
    }

    [Fact]
    public async Task Submit_SameDealerClaimNumberWithoutKey_Is409()
    {
        var dealer = host.AsDealer("D1001");
        var body = ApiClient.Serialize(DemoClaims.Wiper("IDEM-5"));
        await dealer.PostJsonAsync("/api/v1/claims", body).ExpectAsync(HttpStatusCode.Created);
        await (await dealer.PostJsonAsync("/api/v1/claims", body)).ExpectProblemAsync(HttpStatusCode.Conflict);
    }
}
