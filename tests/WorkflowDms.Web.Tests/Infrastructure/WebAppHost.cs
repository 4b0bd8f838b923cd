using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;

namespace WorkflowDms.Web.Tests.Infrastructure;

/// <summary>
/// The real host on Kestrel at 127.0.0.1 and a free port (a browser needs a real socket), with its own SQLite
/// file, the Development demo seed and a <see cref="FakeTimeProvider"/> fixed at the demo's "today".
/// </summary>
public sealed class WebAppHost : WebApplicationFactory<Program>
{
    public static readonly DateTimeOffset Today = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    private readonly string directory = Path.Combine(Path.GetTempPath(), "wdms-web-tests", Guid.NewGuid().ToString("N"));

    public WebAppHost()
    {
        UseKestrel(0);
        StartServer();
    }

    public FakeTimeProvider Clock { get; } = new(Today);

    /// <summary>The address the browser opens, e.g. http://127.0.0.1:41234.</summary>
    public Uri BaseAddress => ClientOptions.BaseAddress;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        Directory.CreateDirectory(directory);
        builder.UseEnvironment(Environments.Development);
        builder.UseSetting("urls", "http://127.0.0.1:0");
        builder.UseSetting("ConnectionStrings:WorkflowDms", $"Data Source={Path.Combine(directory, "web.db")}");
        builder.UseSetting("WorkflowDms:SeedDemoData", "true");
        builder.UseSetting("WorkflowDms:TimerPollingEnabled", "false");
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
            // A file still held open is left for the OS's temp cleanup.
        }
    }
}
