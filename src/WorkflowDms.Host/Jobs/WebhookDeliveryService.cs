using WorkflowDms.Application.Webhooks;

namespace WorkflowDms.Host.Jobs;

/// <summary>
/// Runs webhook rounds (fan-out from the outbox, then due delivery jobs) every few seconds. On by default;
/// <c>WorkflowDms:WebhookDeliveryEnabled</c> switches it (it follows <c>TimerPollingEnabled</c> when unset, so the
/// tests, which drive time themselves, run rounds explicitly), <c>WorkflowDms:WebhookPollIntervalSeconds</c> sets
/// the pace.
/// </summary>
internal sealed class WebhookDeliveryService(WebhookDispatcher dispatcher, IConfiguration configuration, TimeProvider clock, ILogger<WebhookDeliveryService> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var enabled = configuration.GetValue<bool?>("WorkflowDms:WebhookDeliveryEnabled")
            ?? configuration.GetValue("WorkflowDms:TimerPollingEnabled", true);
        if (!enabled)
        {
            return;
        }

        var interval = TimeSpan.FromSeconds(Math.Max(1, configuration.GetValue("WorkflowDms:WebhookPollIntervalSeconds", 2)));
        using var timer = new PeriodicTimer(interval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                var attempts = await dispatcher.RunOnceAsync(stoppingToken);
                if (attempts > 0)
                {
                    logger.LogInformation("Made {Count} webhook delivery attempt(s)", attempts);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A failed round must not stop the service; leased jobs are retried when their lease runs out.
                logger.LogError(e, "Webhook round failed");
            }
        }
    }
}
