using System.Net;
using WorkflowDms.Reliability.Tests.Infrastructure;

namespace WorkflowDms.Reliability.Tests.OpenApi;

/// <summary>Requests the generated-request tests found answered with a 500, kept as plain tests so the fix stays.</summary>
public sealed class HostileInputRegressionTests(ReliabilityHost host) : IClassFixture<ReliabilityHost>
{
    [Fact]
    public async Task LineDecisions_NullLineItem_Is400NamingTheLine()
    {
        var ct = TestContext.Current.CancellationToken;
        var dealer = host.CreateClient();
        dealer.UseDealerKey("D1001");
        var claim = await (await dealer.PostJsonAsync("/api/v1/claims", ClaimBodies.CatalyticConverter("NULL-LINE", DateOnly.FromDateTime(ReliabilityHost.Today.UtcDateTime).AddDays(-2)), null, ct))
            .ExpectAsync(HttpStatusCode.Created, ct);
        var reviewer = host.CreateClient();
        await reviewer.LogInAsync("hq.reviewer@demo.local", ct);

        var response = await reviewer.PostJsonAsync($"/api/v1/claims/{claim["id"]}/line-decisions", """{"lines":[{"lineNumber":1,"decision":"approve"},null]}""", null, ct);

        var problem = await response.ExpectAsync(HttpStatusCode.BadRequest, ct);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("lines[1]", problem.ToJsonString(), StringComparison.Ordinal);
    }
}
