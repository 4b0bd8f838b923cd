using System.Net;
using WorkflowDms.Reliability.Tests.Infrastructure;

namespace WorkflowDms.Reliability.Tests.Limits;

/// <summary>
/// Issue 5, limits: the rate limit holds per dealer key and per staff user, so one noisy caller is refused
/// (429, as a ProblemDetails) while another dealer or another user of the same network address is still served.
/// </summary>
public sealed class RateLimitTests(TightRateLimitHost host) : IClassFixture<TightRateLimitHost>
{
    [Fact]
    public async Task DealerKey_OverTheBurst_Is429ProblemDetailsAndOtherDealerIsServed()
    {
        var ct = TestContext.Current.CancellationToken;
        var noisy = host.CreateClient();
        noisy.UseDealerKey("D1001");
        var quiet = host.CreateClient();
        quiet.UseDealerKey("D2001");

        var refused = await DrainAsync(noisy, "/api/v1/claims", ct);

        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.OK, (await quiet.GetAsync("/api/v1/claims", ct)).StatusCode);
    }

    [Fact]
    public async Task StaffUser_OverTheBurst_Is429AndAnotherUserFromTheSameAddressIsServed()
    {
        var ct = TestContext.Current.CancellationToken;
        var noisy = host.CreateClient();
        await noisy.LogInAsync("hq.reviewer@demo.local", ct);
        var quiet = host.CreateClient();
        await quiet.LogInAsync("b21.reviewer@demo.local", ct);

        var refused = await DrainAsync(noisy, "/api/v1/me", ct);

        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.OK, (await quiet.GetAsync("/api/v1/me", ct)).StatusCode);
    }

    /// <summary>Sends until refused (at most twice the burst) and returns the 429.</summary>
    private static async Task<HttpResponseMessage> DrainAsync(HttpClient client, string url, CancellationToken ct)
    {
        for (var i = 0; i < 2 * TightRateLimitHost.Burst; i++)
        {
            var response = await client.GetAsync(url, ct);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                return response;
            }

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        Assert.Fail($"no 429 after {2 * TightRateLimitHost.Burst} requests with a burst of {TightRateLimitHost.Burst}");
        return null!;
    }
}
