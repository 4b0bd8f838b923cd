using System.Net;
using WorkflowDms.Reliability.Tests.Infrastructure;

namespace WorkflowDms.Reliability.Tests.Limits;

/// <summary>Issue 5, limits: a page larger than a list allows is refused naming <c>limit</c>, not served.</summary>
public sealed class PageSizeTests(ReliabilityHost host) : IClassFixture<ReliabilityHost>
{
    [Theory]
    [InlineData("/api/v1/tasks?limit=201")]
    [InlineData("/api/v1/tasks?limit=0")]
    [InlineData("/api/v1/audit?limit=1001")]
    [InlineData("/api/v1/audit?limit=99999999999")]
    public async Task List_LimitOutOfRange_Is400NamingLimit(string url)
    {
        var ct = TestContext.Current.CancellationToken;
        var admin = host.CreateClient();
        await admin.LogInAsync("admin@demo.local", ct);

        var response = await admin.GetAsync(url, ct);

        var problem = await response.ExpectAsync(HttpStatusCode.BadRequest, ct);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("limit", problem.ToJsonString(), StringComparison.Ordinal);
    }
}
