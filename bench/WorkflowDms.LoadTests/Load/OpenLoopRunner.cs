using System.Collections.Concurrent;
using System.Diagnostics;

namespace WorkflowDms.LoadTests.Load;

/// <summary>
/// Open-loop load at a fixed arrival rate (wrk2-style). Request i is due at start + i / rate whatever happened
/// to earlier requests; a dedicated scheduler thread hands each due request to the thread pool and never
/// waits for answers, so a slow server builds a backlog instead of silently lowering the offered load (the
/// "coordinated omission" of closed-loop tools). Latency is measured from the scheduled time, not the time
/// the request happened to leave. Requests scheduled in the warm-up are sent but not recorded.
/// </summary>
internal sealed class OpenLoopRunner(int maxOutstanding, TimeSpan requestTimeout)
{
    public async Task<LoadResult> RunAsync(
        string name,
        double rate,
        TimeSpan duration,
        TimeSpan warmup,
        Func<long, CancellationToken, Task<RequestOutcome>> send,
        CancellationToken cancellationToken)
    {
        var histogram = new LatencyHistogram();
        var outcomes = new ConcurrentDictionary<string, long>(StringComparer.Ordinal);
        long outstanding = 0, succeeded = 0, failed = 0, completedInWindow = 0, scheduled = 0;
        var total = (long)Math.Round(rate * (warmup + duration).TotalSeconds);
        var firstMeasured = (long)Math.Round(rate * warmup.TotalSeconds);
        var clock = Stopwatch.StartNew();
        var windowEnd = warmup + duration;
        var allSent = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var drained = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        void Count(string label) => outcomes.AddOrUpdate(label, 1, (_, n) => n + 1);

        async Task FireAsync(long i, TimeSpan due)
        {
            RequestOutcome outcome;
            using (var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
            {
                timeout.CancelAfter(requestTimeout);
                try
                {
                    outcome = await send(i, timeout.Token).ConfigureAwait(false);
                }
                catch (Exception e) when (e is HttpRequestException or OperationCanceledException or IOException)
                {
                    outcome = new RequestOutcome(false, e is OperationCanceledException ? "timeout" : e.GetType().Name);
                }
            }

            var done = clock.Elapsed;
            if (i >= firstMeasured)
            {
                Count(outcome.Label);
                if (outcome.Success)
                {
                    histogram.Record(done - due);
                    Interlocked.Increment(ref succeeded);
                    if (done <= windowEnd)
                    {
                        Interlocked.Increment(ref completedInWindow);
                    }
                }
                else
                {
                    Interlocked.Increment(ref failed);
                }
            }

            if (Interlocked.Decrement(ref outstanding) == 0 && allSent.Task.IsCompleted)
            {
                drained.TrySetResult();
            }
        }

        var scheduler = new Thread(() =>
        {
            for (long i = 0; i < total && !cancellationToken.IsCancellationRequested; i++)
            {
                var due = TimeSpan.FromSeconds(i / rate);
                WaitUntil(clock, due);
                Interlocked.Increment(ref scheduled);
                if (Interlocked.Read(ref outstanding) >= maxOutstanding)
                {
                    // The generator's own cap: count the request as failed rather than send it late and hide it.
                    if (i >= firstMeasured)
                    {
                        Interlocked.Increment(ref failed);
                        Count("not-sent:backlog-cap");
                    }

                    continue;
                }

                Interlocked.Increment(ref outstanding);
                var index = i;
                ThreadPool.UnsafeQueueUserWorkItem(_ => _ = FireAsync(index, due), null);
            }

            allSent.TrySetResult();
            if (Interlocked.Read(ref outstanding) == 0)
            {
                drained.TrySetResult();
            }
        })
        { IsBackground = true, Priority = ThreadPriority.AboveNormal, Name = "open-loop scheduler" };
        scheduler.Start();

        await allSent.Task.ConfigureAwait(false);
        var scheduleEnd = clock.Elapsed;
        var backlog = Interlocked.Read(ref outstanding);
        await drained.Task.WaitAsync(requestTimeout + TimeSpan.FromSeconds(5), cancellationToken).ConfigureAwait(false);
        var drainTime = clock.Elapsed - scheduleEnd;

        return new LoadResult(
            name,
            rate,
            duration,
            total - firstMeasured,
            succeeded,
            failed,
            new SortedDictionary<string, long>(outcomes, StringComparer.Ordinal),
            completedInWindow / duration.TotalSeconds,
            backlog,
            drainTime,
            histogram);
    }

    /// <summary>Sleeps in 1 ms steps, then yields; the ≤ 1 ms of lateness this allows is inside the measured latency.</summary>
    private static void WaitUntil(Stopwatch clock, TimeSpan due)
    {
        while (true)
        {
            var left = due - clock.Elapsed;
            if (left <= TimeSpan.Zero)
            {
                return;
            }

            if (left > TimeSpan.FromMilliseconds(2))
            {
                Thread.Sleep(1);
            }
            else
            {
                Thread.Yield();
            }
        }
    }
}
