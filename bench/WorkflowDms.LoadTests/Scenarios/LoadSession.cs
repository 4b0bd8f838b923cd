using System.Globalization;
using WorkflowDms.LoadTests.Database;
using WorkflowDms.LoadTests.Hosting;
using WorkflowDms.LoadTests.Load;
using WorkflowDms.LoadTests.Reporting;
using WorkflowDms.LoadTests.Setup;

namespace WorkflowDms.LoadTests.Scenarios;

/// <summary>
/// One load-test run: a fresh database, the host process, the seeded organisation, the HTTP client the load
/// goes through, and the report. Scenarios share it in order (intake leaves the review tasks that completion
/// and the race decide; the inbox scenario comes last because its million copied tasks bloat the database).
/// </summary>
internal sealed class LoadSession(LoadOptions options, IBenchDatabase database, Report report) : IAsyncDisposable
{
    private readonly string runTag = DateTime.UtcNow.ToString("HHmmss", CultureInfo.InvariantCulture);
    private long sequence;

    public LoadOptions Options => options;

    public IBenchDatabase Database => database;

    public Report Report => report;

    public HostProcess Host { get; private set; } = null!;

    public SeededOrganisation Organisation { get; private set; } = null!;

    public IReadOnlyList<string> Vins { get; private set; } = [];

    public string ReviewerToken { get; private set; } = "";

    /// <summary>
    /// The load's client: HTTP/1.1 keep-alive, no connection limit (an open loop must be able to open more
    /// connections when the server falls behind), no cookies, no proxy.
    /// </summary>
    public HttpClient Http { get; } = new(new SocketsHttpHandler
    {
        MaxConnectionsPerServer = int.MaxValue,
        PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
        UseCookies = false,
        UseProxy = false,
        AutomaticDecompression = System.Net.DecompressionMethods.None,
    })
    { Timeout = Timeout.InfiniteTimeSpan, BaseAddress = new Uri($"http://127.0.0.1:{options.Port}") };

    public OpenLoopRunner Runner { get; } = new(maxOutstanding: 5_000, requestTimeout: TimeSpan.FromSeconds(30));

    public string RunTag => runTag;

    /// <summary>Unique, increasing numbers across every run of this session (claim numbers, idempotency keys).</summary>
    public long NextSequenceBlock(long size) => Interlocked.Add(ref sequence, size) - size;

    public async Task SetUpAsync(CancellationToken cancellationToken)
    {
        await database.ResetAsync(cancellationToken).ConfigureAwait(false);
        report.Line($"- Setup: fresh {database.Provider} database; host started once to apply its migrations and deploy the shipped workflows and rule sets.");
        await StartHostAsync(cancellationToken).ConfigureAwait(false);
        await StopHostAsync().ConfigureAwait(false);

        var direct = new DirectSetup(database);
        var hqId = await direct.BootstrapAsync(cancellationToken).ConfigureAwait(false);
        await StartHostAsync(cancellationToken).ConfigureAwait(false);
        Organisation = await new ApiSetup(Http).CreateAsync(hqId, options.Dealers, cancellationToken).ConfigureAwait(false);
        Vins = await direct.RegisterVehiclesAsync(Organisation.Dealers.Select(d => d.OrgNodeId).ToList(), options.Vehicles, cancellationToken).ConfigureAwait(false);
        ReviewerToken = await ApiSetup.LoginAsync(Http, ApiSetup.ReviewerEmail, cancellationToken).ConfigureAwait(false);
        report.Line($"- Setup, written directly with the product's EF model (no API exists for them): org root HQ, the first admin, catalogue (2 labour operations, 2 parts, 2 fault codes), {Vins.Count:N0} vehicles.");
        report.Line($"- Setup through the admin API: region, branch, {Organisation.Dealers.Count} dealers with one API key each, a warranty reviewer at HQ.");
    }

    public async Task StartHostAsync(CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(options.DataDirectory);
        var settings = new HostSettings(
            Path.GetFullPath(options.HostDll),
            options.Port,
            database.Provider,
            database.ConnectionString,
            options.HostSettings,
            Path.Combine(options.DataDirectory, "host.log"));
        Host = await HostProcess.StartAsync(settings, cancellationToken).ConfigureAwait(false);
    }

    public async Task StopHostAsync()
    {
        Http.CancelPendingRequests();
        await Host.DisposeAsync().ConfigureAwait(false);
    }

    /// <summary>Runs the load and records what the host's CPU spent per successful request and the load average after.</summary>
    public async Task<MeasuredRun> MeasureAsync(
        string name,
        double rate,
        TimeSpan duration,
        Func<long, CancellationToken, Task<RequestOutcome>> send,
        IReadOnlySet<string> successLabels,
        CancellationToken cancellationToken)
    {
        var warmup = TimeSpan.FromSeconds(options.WarmupSeconds);
        var cpuBefore = Host.CpuTime();
        var result = await Runner.RunAsync(name, rate, duration, warmup, send, cancellationToken).ConfigureAwait(false);
        var cpu = Host.CpuTime() - cpuBefore;
        var requests = result.Succeeded + result.Failed + (long)Math.Round(rate * warmup.TotalSeconds);
        var run = new MeasuredRun(result, requests == 0 ? 0 : cpu.TotalMilliseconds / requests, LoadAverage(), successLabels);
        Console.Error.WriteLine("  " + result.Summary);
        return run;
    }

    public static string LoadAverage() => string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3));

    public async ValueTask DisposeAsync()
    {
        if (Host is not null)
        {
            await Host.DisposeAsync().ConfigureAwait(false);
        }

        Http.Dispose();
    }
}
