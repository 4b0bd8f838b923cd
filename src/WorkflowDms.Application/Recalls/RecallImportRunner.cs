using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using WorkflowDms.Application.Common;

namespace WorkflowDms.Application.Recalls;

/// <summary>
/// The background job of VIN-list imports. Each import is worked off batch by batch, every batch its own
/// command (one short transaction through <see cref="CommandRunner"/>), so a 10,000-VIN import never holds
/// SQLite's write lock for long, other commands interleave between batches, and a client polling the import
/// sees the counters move. Progress is committed per batch: an import interrupted by a restart continues
/// where it stopped the next time it is read (<see cref="EnsureRunning"/>).
/// </summary>
public sealed class RecallImportRunner(CommandRunner runner, TimeProvider clock, ILogger<RecallImportRunner> logger)
{
    private readonly ConcurrentDictionary<Guid, Task> running = new();

    /// <summary>Starts working off the import unless this process already is.</summary>
    public void EnsureRunning(Guid importId)
    {
        if (running.ContainsKey(importId))
        {
            return;
        }

        var gate = new TaskCompletionSource();
        var work = gate.Task.ContinueWith(_ => RunAsync(importId), CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default).Unwrap();
        if (running.TryAdd(importId, work))
        {
            gate.SetResult();
        }
    }

    /// <summary>Waits for the import's job in this process, if there is one (tests and shutdown).</summary>
    public Task WhenIdleAsync(Guid importId) => running.TryGetValue(importId, out var task) ? task : Task.CompletedTask;

    private async Task RunAsync(Guid importId)
    {
        try
        {
            var finished = false;
            while (!finished)
            {
                finished = await runner.RunAsync(
                    (services, db, ct) => RecallImportBatch.ProcessNextAsync(services, db, importId, clock.GetUtcNow().UtcDateTime, ct),
                    CancellationToken.None);
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The job runs detached from any request: record the failure on the import instead of losing it.
            logger.LogError(e, "Recall import {ImportId} failed", importId);
            await FailAsync(importId, e.Message);
        }
        finally
        {
            running.TryRemove(importId, out _);
        }
    }

    private async Task FailAsync(Guid importId, string error)
    {
        try
        {
            await runner.RunAsync(async (_, db, ct) =>
            {
                var import = await db.RecallImports.SingleAsync(i => i.Id == importId, ct);
                import.Fail(error, clock.GetUtcNow().UtcDateTime);
                return true;
            }, CancellationToken.None);
        }
        catch (Exception e) when (e is DbUpdateException or InvalidOperationException)
        {
            logger.LogError(e, "Recall import {ImportId} could not be marked failed", importId);
        }
    }
}
