using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;

namespace WorkflowDms.Reliability.Tests.Infrastructure;

/// <summary>
/// The real host in process (real SQLite file, migrations, demo seed, authentication, rate limiter) on a fixed
/// clock, so the demo's "repaired 5 days ago" claims are always within the 30-day window. One database per fixture.
/// A derived fixture passes settings of its own (e.g. tight rate limits).
/// </summary>
public class ReliabilityHost : WebApplicationFactory<Program>
{
    /// <summary>The demo's "today", the same as the host tests'.</summary>
    public static readonly DateTimeOffset Today = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    private readonly string directory = Path.Combine(Path.GetTempPath(), "wdms-reliability", Guid.NewGuid().ToString("N"));

    private readonly IReadOnlyDictionary<string, string> settings;

    public ReliabilityHost()
        : this(new Dictionary<string, string>())
    {
    }

    protected ReliabilityHost(IReadOnlyDictionary<string, string> settings) => this.settings = settings;

    public FakeTimeProvider Clock { get; } = new(Today);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        Directory.CreateDirectory(directory);
        builder.UseEnvironment(Environments.Development);
        builder.UseSetting("ConnectionStrings:WorkflowDms", $"Data Source={Path.Combine(directory, "reliability.db")}");
        builder.UseSetting("WorkflowDms:SeedDemoData", "true");
        builder.UseSetting("WorkflowDms:TimerPollingEnabled", "false");
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
        });
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open on a slow machine is left for the OS's temp cleanup.
        }
    }
}
