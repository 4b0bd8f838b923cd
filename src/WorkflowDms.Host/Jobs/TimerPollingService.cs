using Microsoft.Extensions.Options;
using WorkflowDms.Application.Workflows;
using WorkflowDms.Host.Extensions;

namespace WorkflowDms.Host.Jobs;

/// <summary>
/// Fires due BPMN timers (review escalations, part-return deadlines): polls the indexed timer bookmarks and
/// resumes each instance in its own transaction. Time comes from TimeProvider, so tests fast-forward it.
/// </summary>
internal sealed class TimerPollingService(DueTimerFirer firer, IOptions<WorkflowDmsOptions> options, TimeProvider clock, ILogger<TimerPollingService> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.TimerPollingEnabled)
        {
            return;
        }

        var interval = TimeSpan.FromSeconds(Math.Max(1, options.Value.TimerPollIntervalSeconds));
        using var timer = new PeriodicTimer(interval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                var fired = await firer.FireDueAsync(stoppingToken);
                if (fired > 0)
                {
                    logger.LogInformation("Fired {Count} due timer(s)", fired);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A poll that fails must not stop the service: log it and try again at the next tick.
                logger.LogError(e, "Timer poll failed");
            }
        }
    }
}
