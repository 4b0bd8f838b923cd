using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;

namespace WorkflowDms.Host.Tests.Infrastructure;

/// <summary>
/// The real host (real SQLite file, migrations, demo seed, authentication) in process, with a
/// <see cref="FakeTimeProvider"/> so tests move time instead of waiting for it. Each fixture gets its own
/// database file, so test classes do not see each other's claims. With <c>WORKFLOWDMS_TEST_DB=postgres</c> each
/// fixture gets its own database in the process's throwaway cluster instead (<see cref="PostgresCluster"/>).
/// </summary>
public sealed class HostFixture : WebApplicationFactory<Program>
{
    /// <summary>The demo's "today": repairs "5 days ago" are relative to this.</summary>
    public static readonly DateTimeOffset Today = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    private readonly string directory = Path.Combine(Path.GetTempPath(), "wdms-tests", Guid.NewGuid().ToString("N"));

    private string? postgresConnectionString;

    public FakeTimeProvider Clock { get; } = new(Today);

    public string DatabasePath => Path.Combine(directory, "test.db");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        Directory.CreateDirectory(directory);
        builder.UseEnvironment(Environments.Development);
        if (PostgresCluster.Selected)
        {
            // WithWebHostBuilder runs this again for a second host: it must find the same database.
            postgresConnectionString ??= PostgresCluster.Shared.CreateDatabase();
            builder.UseSetting("WorkflowDms:Database:Provider", "postgres");
            builder.UseSetting("ConnectionStrings:WorkflowDms", postgresConnectionString);
            // With SQLite the keys live next to the database file; here they stay in the fixture's folder too.
            builder.UseSetting("WorkflowDms:DataProtectionKeysPath", Path.Combine(directory, "keys"));
        }
        else
        {
            builder.UseSetting("ConnectionStrings:WorkflowDms", $"Data Source={DatabasePath}");
        }

        builder.UseSetting("WorkflowDms:SeedDemoData", "true");
        // Timers are fired by the tests (FireDueTimersAsync), not by the background poller.
        builder.UseSetting("WorkflowDms:TimerPollingEnabled", "false");
        // The webhook tests' receivers listen on 127.0.0.1: allow loopback (plain http is allowed in Development).
        builder.UseSetting("WorkflowDms:Webhooks:AllowedNetworks:0", "127.0.0.0/8");
        builder.ConfigureServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
        });
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (postgresConnectionString is not null)
        {
            PostgresCluster.Shared.DropDatabase(postgresConnectionString);
            postgresConnectionString = null;
        }

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
