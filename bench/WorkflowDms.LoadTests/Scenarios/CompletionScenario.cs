using WorkflowDms.LoadTests.Load;

namespace WorkflowDms.LoadTests.Scenarios;

/// <summary>
/// Task completions over HTTP: the reviewer approves review tasks that the intake left open (each approval
/// completes the user task, moves the claim on to parts return with its 30-day timer, and audits it), at a
/// fixed rate per step; then the race: two completions of the same task sent at the same instant, exactly one
/// 200 and one 409 for every pair.
/// </summary>
internal sealed class CompletionScenario(LoadSession session)
{
    private static readonly HashSet<string> Ok = ["200"];
    private static readonly HashSet<string> OneWinner = ["200+409"];

    private TimeSpan SaturationBound => TimeSpan.FromMilliseconds(session.Options.SaturationP99Ms);

    public async Task RunAsync(bool completions, bool race, CancellationToken cancellationToken)
    {
        var options = session.Options;
        var step = TimeSpan.FromSeconds(options.StepSeconds);
        var perStep = options.CompletionRates.Select(r => (int)Math.Ceiling(r * (options.StepSeconds + options.WarmupSeconds))).ToList();
        var wanted = (completions ? perStep.Sum() : 0) + (race ? options.RacePairs : 0);
        var tasks = await OpenTasks.ListAsync(session, wanted, cancellationToken).ConfigureAwait(false);
        var next = 0;
        var report = session.Report;

        if (completions)
        {
            report.Heading($"Task completion ({session.Database.Provider})");
            report.Line($"- {tasks.Count:N0} open review tasks read from the reviewer's inbox for this scenario.");
            report.TableHeader();
            var reserveForRace = race ? Math.Min(options.RacePairs, tasks.Count / 4) : 0;
            var (runs, max) = await StepLadder.ClimbAsync(
                options.CompletionRates,
                async rate =>
                {
                    var needed = (int)Math.Ceiling(rate * (options.StepSeconds + options.WarmupSeconds));
                    if (tasks.Count - reserveForRace - next < needed)
                    {
                        report.Line($"| (stopped: {tasks.Count - reserveForRace - next} tasks left, {needed} needed for {rate:0}/s) |");
                        return null;
                    }

                    var first = next;
                    next += needed;
                    return await session.MeasureAsync($"step {rate:0}/s", rate, step, async (i, ct) =>
                    {
                        using var request = OpenTasks.Complete(session, tasks[first + (int)i]);
                        using var response = await session.Http.SendAsync(request, ct).ConfigureAwait(false);
                        return RequestOutcome.FromStatus((int)response.StatusCode, 200);
                    }, Ok, cancellationToken).ConfigureAwait(false);
                },
                r => r.Result,
                SaturationBound).ConfigureAwait(false);
            foreach (var run in runs)
            {
                report.Row(run, SaturationBound);
            }

            report.Line();
            report.Line($"- Highest sustained completion rate on the ladder (no failure, backlog not growing, p99 ≤ {SaturationBound.TotalMilliseconds:0} ms): **{max:0} decisions/s** (bar ≥ 1,000/s).");
        }

        if (race)
        {
            await RaceAsync(tasks, next, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task RaceAsync(List<Guid> tasks, int first, CancellationToken cancellationToken)
    {
        var report = session.Report;
        var pairs = Math.Min(session.Options.RacePairs, tasks.Count - first);
        report.Heading($"Two racing completions of one task ({session.Database.Provider})");
        const double PairsPerSecond = 50;
        var duration = TimeSpan.FromSeconds(Math.Max(1, (pairs / PairsPerSecond) - session.Options.WarmupSeconds));
        var warmupPairs = (int)(PairsPerSecond * session.Options.WarmupSeconds);
        var run = await session.MeasureAsync($"{pairs} pairs", PairsPerSecond, duration, async (i, ct) =>
        {
            if (first + (int)i >= tasks.Count)
            {
                return new RequestOutcome(false, "no-task-left");
            }

            var id = tasks[first + (int)i];
            var both = await Task.WhenAll(SendAsync(id, ct), SendAsync(id, ct)).ConfigureAwait(false);
            Array.Sort(both);
            var label = $"{both[0]}+{both[1]}";
            return new RequestOutcome(label == "200+409", label);
        }, OneWinner, cancellationToken).ConfigureAwait(false);
        report.TableHeader();
        report.Row(run, TimeSpan.FromSeconds(30));
        report.Line();
        report.Line($"- {run.Result.Succeeded + run.Result.Failed} measured pairs (after {warmupPairs} warm-up pairs): outcomes {string.Join(", ", run.Result.Outcomes.Select(o => $"`{o.Key}` × {o.Value}"))}. "
            + (run.Result.Failed == 0 ? "**Exactly one 200 and one 409 for every pair.**" : "**Some pairs did not end in exactly one 200 and one 409.**")
            + " Latency is of the pair (both answers in).");
    }

    private async Task<int> SendAsync(Guid id, CancellationToken cancellationToken)
    {
        using var request = OpenTasks.Complete(session, id);
        using var response = await session.Http.SendAsync(request, cancellationToken).ConfigureAwait(false);
        return (int)response.StatusCode;
    }
}
