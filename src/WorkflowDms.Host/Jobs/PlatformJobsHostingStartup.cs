using WorkflowDms.Host.Jobs;

// The host's own assembly is always among the hosting-startup assemblies, so this registers the webhook worker
// without editing the shared HostingExtensions (the issue-3 areas are built in parallel; see docs/adr/0007).
[assembly: HostingStartup(typeof(PlatformJobsHostingStartup))]

namespace WorkflowDms.Host.Jobs;

/// <summary>Registers the background jobs of the integration area (webhook delivery).</summary>
internal sealed class PlatformJobsHostingStartup : IHostingStartup
{
    public void Configure(IWebHostBuilder builder) =>
        builder.ConfigureServices(services => services.AddHostedService<WebhookDeliveryService>());
}
