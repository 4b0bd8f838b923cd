using System.Net;
using WorkflowDms.Reliability.Tests.Infrastructure;

namespace WorkflowDms.Reliability.Tests.Races;

/// <summary>Issue 5, races: one Idempotency-Key submitted many times at once makes one claim and one answer.</summary>
public sealed class IdempotentSubmissionRaceTests(ReliabilityHost host) : IClassFixture<ReliabilityHost>
{
    private const int Parallel = 32;

    [Theory]
    [InlineData("auto-approved")]
    [InlineData("review")]
    public async Task Submit_SameKeyManyAtOnce_OneClaimAndIdenticalAnswers(string kind)
    {
        var ct = TestContext.Current.CancellationToken;
        var number = $"IDEM-RACE-{kind}";
        var repairDate = DateOnly.FromDateTime(ReliabilityHost.Today.UtcDateTime).AddDays(-5);
        var body = kind == "review" ? ClaimBodies.CatalyticConverter(number, repairDate) : ClaimBodies.Wiper(number, repairDate);
        var clients = Enumerable.Range(0, Parallel).Select(_ =>
        {
            var client = host.CreateClient();
            client.UseDealerKey("D1001");
            return client;
        }).ToList();

        using var start = new SemaphoreSlim(0, Parallel);
        var submissions = clients.Select(async client =>
        {
            await start.WaitAsync(ct);
            var response = await client.PostJsonAsync("/api/v1/claims", body, $"key-{kind}", ct);
            return (response.StatusCode, Body: await response.Content.ReadAsStringAsync(ct));
        }).ToList();
        start.Release(Parallel);
        var answers = await Task.WhenAll(submissions);

        Assert.All(answers, a => Assert.True(a.StatusCode == HttpStatusCode.Created, $"{(int)a.StatusCode}: {a.Body}"));
        Assert.Single(answers.Select(a => a.Body).Distinct());
        var list = await clients[0].GetJsonAsync("/api/v1/claims?limit=200", ct);
        Assert.Single(list["items"]!.AsArray(), c => c!["dealerClaimNumber"]!.GetValue<string>() == number);
        var admin = host.CreateClient();
        await admin.LogInAsync("admin@demo.local", ct);
        var claimId = System.Text.Json.Nodes.JsonNode.Parse(answers[0].Body)!["id"]!.GetValue<string>();
        Assert.Single(await admin.GetArrayAsync($"/api/v1/audit?subject=claim:{claimId}&action=ClaimSubmitted", ct));
    }
}
