using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using WorkflowDms.Host.Development;

namespace WorkflowDms.Host.Tests.Walkthroughs;

/// <summary>
/// The host on a real socket (Kestrel, 127.0.0.1, a free port) so shell scripts can call it with curl, exactly as
/// the README tells a reader to. Its clock starts at the real "now" (the scripts compute dates with `date`) and
/// moves only through the Development clock route, which here advances a <see cref="FakeTimeProvider"/>.
/// </summary>
public sealed class LiveHostFixture : WebApplicationFactory<Program>
{
    private readonly string directory = Path.Combine(Path.GetTempPath(), "wdms-live", Guid.NewGuid().ToString("N"));

    public LiveHostFixture()
    {
        UseKestrel(0);
        StartServer();
    }

    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    public Uri BaseAddress => ClientOptions.BaseAddress;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        Directory.CreateDirectory(directory);
        builder.UseEnvironment(Environments.Development);
        builder.UseSetting("urls", "http://127.0.0.1:0");
        builder.UseSetting("ConnectionStrings:WorkflowDms", $"Data Source={Path.Combine(directory, "live.db")}");
        builder.UseSetting("WorkflowDms:SeedDemoData", "true");
        builder.UseSetting("WorkflowDms:TimerPollingEnabled", "false");
        builder.UseSetting("WorkflowDms:ClockTravelEnabled", "true");
        builder.ConfigureServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
            services.RemoveAll<IClockTravel>();
            services.AddSingleton<IClockTravel>(new FakeClockTravel(Clock));
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
            // Left for the OS's temp cleanup.
        }
    }

    private sealed class FakeClockTravel(FakeTimeProvider clock) : IClockTravel
    {
        public DateTimeOffset UtcNow => clock.GetUtcNow();

        public TimeSpan Offset => clock.GetUtcNow() - DateTimeOffset.UtcNow;

        public void Advance(TimeSpan by) => clock.Advance(by);
    }
}
