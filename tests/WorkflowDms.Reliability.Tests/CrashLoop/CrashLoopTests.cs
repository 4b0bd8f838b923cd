using System.Diagnostics;
using WorkflowDms.Reliability.Tests.Infrastructure;

namespace WorkflowDms.Reliability.Tests.CrashLoop;

/// <summary>
/// Issue 5, crash loop: the real host process under load from dealer clients using Idempotency-Keys is killed with
/// SIGKILL at random moments and restarted on the same SQLite file. Afterwards every acknowledged claim exists
/// exactly once, no claim exists twice, every instance stands in a proper state (review claims have their open
/// task, and deciding one still moves its instance on), and the audit chain verifies. CI: 3 kills;
/// bench/crash-loop.sh runs many (<c>WORKFLOWDMS_CRASH_KILLS</c>, <c>WORKFLOWDMS_CRASH_SEED</c>).
/// </summary>
public sealed class CrashLoopTests(ITestOutputHelper output) : IDisposable
{
    private const int Clients = 4;

    private readonly string directory = Path.Combine(Path.GetTempPath(), "wdms-crash", Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task KilledUnderLoad_RestartedOnSameDatabase_NothingLostNothingTwiceChainValid()
    {
        var ct = TestContext.Current.CancellationToken;
        var kills = RunSize.From("WORKFLOWDMS_CRASH_KILLS", 3);
        var seed = RunSize.From("WORKFLOWDMS_CRASH_SEED", Random.Shared.Next(1, int.MaxValue));
        var random = new Random(seed);
        output.WriteLine($"{kills} kills, seed {seed} (WORKFLOWDMS_CRASH_SEED={seed} replays the kill timing)");
        Directory.CreateDirectory(directory);
        using var host = new HostProcess(Path.Combine(directory, "crash.db"));
        await host.StartAsync(ct);

        using var http = new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromSeconds(1) }) { Timeout = TimeSpan.FromSeconds(15) };
        http.UseDealerKey("D1001");
        var submitters = Enumerable.Range(0, Clients).Select(i => new Submitter(i, http, host.BaseAddress)).ToList();
        using var stopLoad = new CancellationTokenSource();
        var load = submitters.Select(s => Task.Run(() => s.LoadAsync(stopLoad.Token, ct), ct)).ToList();

        var clock = Stopwatch.StartNew();
        for (var kill = 1; kill <= kills; kill++)
        {
            // Kill only a host that is serving: on a busy CI machine a restart can take longer than the random delay,
            // and killing a host that never acknowledged anything would test nothing.
            await AcknowledgedAtLeastAsync(submitters, submitters.Sum(s => s.Acknowledged.Count) + 3, ct);
            await Task.Delay(random.Next(300, 2_500), ct);
            var before = submitters.Sum(s => s.Acknowledged.Count);
            host.Kill();
            await host.StartAsync(ct);
            output.WriteLine($"kill {kill} at {clock.Elapsed.TotalSeconds:F1} s after {before} acknowledged claims; restarted");
        }

        await AcknowledgedAtLeastAsync(submitters, 10, ct);
        await Task.Delay(random.Next(300, 1_000), ct);
        await stopLoad.CancelAsync();
        await Task.WhenAll(load);
        foreach (var submitter in submitters)
        {
            await submitter.ResubmitPendingAsync(ct);
        }

        var acknowledged = submitters.SelectMany(s => s.Acknowledged).ToList();
        output.WriteLine($"{acknowledged.Count} acknowledged claims, {submitters.Sum(s => s.Retries)} retries, in {clock.Elapsed.TotalSeconds:F1} s");
        Assert.True(submitters.All(s => s.Violations.Count == 0), string.Join("\n", submitters.SelectMany(s => s.Violations)) + "\n" + host.Tail);
        Assert.True(acknowledged.Count >= 10, $"too little load to mean anything: {acknowledged.Count} claims");
        await new CrashLoopVerifier(http, host.BaseAddress, output).VerifyAsync(acknowledged, ct);
    }

    /// <summary>Waits (at most 30 s) until the clients together hold at least <paramref name="count"/> acknowledgements.</summary>
    private static async Task AcknowledgedAtLeastAsync(List<Submitter> submitters, int count, CancellationToken ct)
    {
        var waited = Stopwatch.StartNew();
        while (submitters.Sum(s => s.Acknowledged.Count) < count && waited.Elapsed < TimeSpan.FromSeconds(30))
        {
            await Task.Delay(50, ct);
        }
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS's temp cleanup.
        }
    }
}
