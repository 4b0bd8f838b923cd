using System.Diagnostics;
using System.Net;
using System.Text;
using WorkflowDms.Reliability.Tests.Infrastructure;

namespace WorkflowDms.Reliability.Tests.Races;

/// <summary>
/// Issue 5, races: many pairs of concurrent completions of the same task, exactly one success and one 409 each,
/// and exactly one completion recorded per task. CI runs 1,000 pairs; <c>WORKFLOWDMS_RACE_PAIRS=10000</c> runs
/// the issue's full count (docs/reliability.md).
/// </summary>
public sealed class CompletionRaceTests(ReliabilityHost host, ITestOutputHelper output) : IClassFixture<ReliabilityHost>
{
    /// <summary>Pairs raced at once: enough to overlap different tasks' commits, few enough for 2 cores.</summary>
    private const int PairsInFlight = 8;

    [Fact]
    public async Task Complete_ManyRacingPairs_ExactlyOneWinsEachAndOneCompletionIsRecorded()
    {
        var ct = TestContext.Current.CancellationToken;
        var pairs = RunSize.From("WORKFLOWDMS_RACE_PAIRS", 1_000);
        var dealer = host.CreateClient();
        dealer.UseDealerKey("D1001");
        var first = host.CreateClient();
        await first.LogInAsync("hq.reviewer@demo.local", ct);
        var second = host.CreateClient();
        await second.LogInAsync("hq.reviewer@demo.local", ct);

        var setup = Stopwatch.StartNew();
        var repairDate = DateOnly.FromDateTime(ReliabilityHost.Today.UtcDateTime).AddDays(-3);
        await Parallel.ForAsync(0, pairs, new ParallelOptions { MaxDegreeOfParallelism = 4, CancellationToken = ct }, async (i, token) =>
            await (await dealer.PostJsonAsync("/api/v1/claims", ClaimBodies.CatalyticConverter($"RACE-{i}", repairDate), null, token))
                .ExpectAsync(HttpStatusCode.Created, token));
        var tasks = await first.OpenClaimTasksAsync(ct);
        Assert.Equal(pairs, tasks.Count);
        output.WriteLine($"{pairs} review claims submitted and their tasks listed in {setup.Elapsed.TotalSeconds:F1} s");

        var race = Stopwatch.StartNew();
        var outcomes = new (HttpStatusCode A, HttpStatusCode B)[pairs];
        var taskIds = tasks.Values.ToArray();
        await Parallel.ForAsync(0, pairs, new ParallelOptions { MaxDegreeOfParallelism = PairsInFlight, CancellationToken = ct }, async (i, token) =>
        {
            var url = $"/api/v1/tasks/{taskIds[i]}/complete";
            var a = first.PostAsync(url, Approve(), token);
            var b = second.PostAsync(url, Approve(), token);
            var results = await Task.WhenAll(a, b);
            outcomes[i] = (results[0].StatusCode, results[1].StatusCode);
        });
        output.WriteLine($"{pairs} racing pairs in {race.Elapsed.TotalSeconds:F1} s ({pairs / race.Elapsed.TotalSeconds:F0} pairs/s)");

        var wrong = outcomes.Select((o, i) => (o, i))
            .Where(x => !(x.o is (HttpStatusCode.OK, HttpStatusCode.Conflict) or (HttpStatusCode.Conflict, HttpStatusCode.OK)))
            .Select(x => $"{taskIds[x.i]}: {(int)x.o.A}/{(int)x.o.B}")
            .ToList();
        Assert.True(wrong.Count == 0, $"{wrong.Count} pairs did not end 200 + 409: {string.Join(", ", wrong.Take(10))}");

        var admin = host.CreateClient();
        await admin.LogInAsync("admin@demo.local", ct);
        Assert.Equal(pairs, await admin.CountAuditAsync("TaskCompleted", ct));
        Assert.Empty(await first.OpenClaimTasksAsync(ct));
        var verify = await admin.GetJsonAsync("/api/v1/audit/verify", ct);
        Assert.True(verify["valid"]!.GetValue<bool>(), verify.ToJsonString());
    }

    private static StringContent Approve() => new("""{"decision":"approve"}""", Encoding.UTF8, "application/json");
}
