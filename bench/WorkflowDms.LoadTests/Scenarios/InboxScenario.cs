using System.Diagnostics;
using System.Text.Json;
using WorkflowDms.LoadTests.Load;

namespace WorkflowDms.LoadTests.Scenarios;

/// <summary>
/// The reviewer's inbox first page (GET /api/v1/tasks, default sort and page size) with a million open tasks.
/// Setup, not measured: the host is stopped and one real open review task (created over HTTP by the intake)
/// is copied in SQL until the reviewer's group has the wanted number of open tasks; the host is started
/// again and the first page is read over HTTP at fixed rates, held to p99 ≤ 10 ms.
/// </summary>
internal sealed class InboxScenario(LoadSession session)
{
    public static readonly TimeSpan LatencyBar = TimeSpan.FromMilliseconds(10);
    private static readonly HashSet<string> Ok = ["200"];
    private const string OpenReviewerTasks = """SELECT COUNT(*) FROM "WorkTaskCandidates" WHERE "GroupName" = 'warranty-reviewers' AND "IsOpen" = TRUE""";

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var report = session.Report;
        var options = session.Options;
        report.Heading($"Inbox first page with {options.InboxTasks:N0} open tasks ({session.Database.Provider})");
        var template = (await OpenTasks.ListAsync(session, 1, cancellationToken).ConfigureAwait(false)).SingleOrDefault();
        if (template == Guid.Empty)
        {
            // Run alone (no intake before it): one claim over HTTP gives the real review task to copy.
            using var claim = ClaimBodies.Request(session, session.NextSequenceBlock(1));
            using var created = await session.Http.SendAsync(claim, cancellationToken).ConfigureAwait(false);
            created.EnsureSuccessStatusCode();
            template = (await OpenTasks.ListAsync(session, 1, cancellationToken).ConfigureAwait(false)).Single();
        }

        await session.StopHostAsync().ConfigureAwait(false);
        var open = await session.Database.ScalarAsync(OpenReviewerTasks, cancellationToken).ConfigureAwait(false);
        var sizeBefore = await session.Database.SizeBytesAsync(cancellationToken).ConfigureAwait(false);
        var copies = (int)Math.Max(0, options.InboxTasks - open);
        var clock = Stopwatch.StartNew();
        await session.Database.CloneTaskAsync(template, copies, cancellationToken).ConfigureAwait(false);
        var loaded = clock.Elapsed;
        open = await session.Database.ScalarAsync(OpenReviewerTasks, cancellationToken).ConfigureAwait(false);
        var sizeAfter = await session.Database.SizeBytesAsync(cancellationToken).ConfigureAwait(false);
        report.Line($"- Setup: {copies:N0} copies of open task {template} written in SQL in {loaded.TotalSeconds:0.0} s; the reviewers' group now has **{open:N0} open tasks**. "
            + $"Database {sizeBefore / 1_048_576.0:0} → {sizeAfter / 1_048_576.0:0} MB: {(sizeAfter - sizeBefore) / (double)Math.Max(1, copies):0} bytes per open task (task row, candidate row, their indexes).");

        await session.StartHostAsync(cancellationToken).ConfigureAwait(false);
        var rssFresh = session.Host.WorkingSetBytes();
        await CheckFirstPageAsync(cancellationToken).ConfigureAwait(false);

        report.TableHeader();
        report.Row(await FirstPagesAsync("warm-up (JIT, caches; not judged)", options.InboxRates[0], TimeSpan.FromSeconds(options.WarmupRunSeconds), cancellationToken).ConfigureAwait(false), LatencyBar);
        var step = TimeSpan.FromSeconds(options.StepSeconds);
        var (runs, max) = await StepLadder.ClimbAsync(
            options.InboxRates,
            async rate => await FirstPagesAsync($"step {rate:0}/s", rate, step, cancellationToken).ConfigureAwait(false),
            r => r.Result,
            LatencyBar).ConfigureAwait(false);
        foreach (var run in runs)
        {
            report.Row(run, LatencyBar);
        }

        var rssAfter = session.Host.WorkingSetBytes();
        report.Line();
        report.Line($"- Highest rate with p99 ≤ {LatencyBar.TotalMilliseconds:0} ms, no failure and no growing backlog: **{max:0} first pages/s**"
            + (runs.Count > 0 ? $"; p99 at the lowest step ({runs[0].Result.TargetRate:0}/s): **{LoadResult.Ms(runs[0].Result.P99)} ms** (bar ≤ 10 ms)." : "."));
        report.Line($"- Host RSS with {open:N0} open tasks: {rssFresh / 1_048_576.0:0} MB after start, {rssAfter / 1_048_576.0:0} MB after the inbox load (open tasks live in the database; the host holds none of them).");
    }

    private Task<Reporting.MeasuredRun> FirstPagesAsync(string name, double rate, TimeSpan duration, CancellationToken cancellationToken) =>
        session.MeasureAsync(name, rate, duration, async (_, ct) =>
        {
            using var request = OpenTasks.Get(session, "/api/v1/tasks");
            using var response = await session.Http.SendAsync(request, HttpCompletionOption.ResponseContentRead, ct).ConfigureAwait(false);
            return RequestOutcome.FromStatus((int)response.StatusCode, 200);
        }, Ok, cancellationToken);

    private async Task CheckFirstPageAsync(CancellationToken cancellationToken)
    {
        using var request = OpenTasks.Get(session, "/api/v1/tasks");
        var clock = Stopwatch.StartNew();
        using var response = await session.Http.SendAsync(request, cancellationToken).ConfigureAwait(false);
        var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        var first = clock.Elapsed;
        using var json = JsonDocument.Parse(body);
        var items = json.RootElement.GetProperty("items").GetArrayLength();
        if (!response.IsSuccessStatusCode || items == 0)
        {
            throw new InvalidOperationException($"The inbox's first page is wrong: {(int)response.StatusCode} {body[..Math.Min(500, body.Length)]}");
        }

        session.Report.Line($"- First page: {items} tasks, {body.Length:N0} bytes; the very first request after start took {first.TotalMilliseconds:0} ms (cold; not in the figures).");
    }
}
