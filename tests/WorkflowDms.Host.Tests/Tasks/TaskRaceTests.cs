using System.Net;
using System.Text;
using WorkflowDms.Host.Tests.Infrastructure;

namespace WorkflowDms.Host.Tests.Tasks;

/// <summary>Two approvers completing one task at the same moment: exactly one wins, the other gets 409.</summary>
public sealed class TaskRaceTests(HostFixture host) : IClassFixture<HostFixture>
{
    [Fact]
    public async Task Complete_TwoRacingCompletions_ExactlyOneWins()
    {
        var claim = await host.AsDealer("D1001").PostJsonAsync("/api/v1/claims", ApiClient.Serialize(DemoClaims.CatalyticConverter("RACE-1"))).ExpectAsync(HttpStatusCode.Created);
        var claimId = claim["id"]!.GetValue<string>();
        var reviewer = await host.AsStaffAsync("hq.reviewer@demo.local");
        var supervisorLike = await host.AsStaffAsync("hq.reviewer@demo.local");
        var inbox = await (await reviewer.GetAsync("/api/v1/tasks?limit=200", TestContext.Current.CancellationToken)).ExpectAsync(HttpStatusCode.OK);
        var taskId = inbox["items"]!.AsArray().Single(t => t!["caseId"]!.GetValue<string>() == claimId)!["id"]!.GetValue<string>();

        using var start = new SemaphoreSlim(0, 2);
        async Task<HttpStatusCode> CompleteAsync(HttpClient client)
        {
            await start.WaitAsync();
            var response = await client.PostAsync($"/api/v1/tasks/{taskId}/complete", new StringContent("""{"decision":"approve"}""", Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);
            return response.StatusCode;
        }

        var first = CompleteAsync(reviewer);
        var second = CompleteAsync(supervisorLike);
        start.Release(2);
        var results = await Task.WhenAll(first, second);

        Assert.Single(results, s => s == HttpStatusCode.OK);
        Assert.Single(results, s => s == HttpStatusCode.Conflict);
    }
}
