using System.Text.Json;
using WorkflowDms.LoadTests.Load;
using WorkflowDms.LoadTests.Reporting;

namespace WorkflowDms.LoadTests.Scenarios;

/// <summary>
/// Claim intake over HTTP: the step ladder finds the highest sustained rate (no failure, backlog not growing,
/// p99 within the saturation bound), then a fixed run at half the bar's rate is held to the bar's p99 of 15 ms. Also measures the
/// host's memory and the database's growth per claim (each claim here is one running instance and one open task).
/// </summary>
internal sealed class ClaimIntakeScenario(LoadSession session)
{
    public static readonly TimeSpan LatencyBar = TimeSpan.FromMilliseconds(15);
    private static readonly HashSet<string> Created = ["201"];

    private TimeSpan SaturationBound => TimeSpan.FromMilliseconds(session.Options.SaturationP99Ms);

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var report = session.Report;
        var options = session.Options;
        report.Heading($"Claim intake ({session.Database.Provider})");
        await CheckOneClaimAsync(cancellationToken).ConfigureAwait(false);

        var rssBefore = session.Host.WorkingSetBytes();
        var sizeBefore = await session.Database.SizeBytesAsync(cancellationToken).ConfigureAwait(false);
        var claimsBefore = await session.Database.ScalarAsync("""SELECT COUNT(*) FROM "Claims" """, cancellationToken).ConfigureAwait(false);

        report.TableHeader();
        report.Row(await RunAtAsync("warm-up (JIT, caches; not judged)", options.IntakeRates[0], TimeSpan.FromSeconds(options.WarmupRunSeconds), cancellationToken).ConfigureAwait(false), SaturationBound);
        var step = TimeSpan.FromSeconds(options.StepSeconds);
        var (runs, max) = await StepLadder.ClimbAsync(
            options.IntakeRates,
            async rate => await RunAtAsync($"step {rate:0}/s", rate, step, cancellationToken).ConfigureAwait(false),
            r => r.Result,
            SaturationBound).ConfigureAwait(false);
        foreach (var run in runs)
        {
            report.Row(run, SaturationBound);
        }

        var half = options.IntakeBarRate / 2;
        // Far above the sustained rate the queue only grows; a short run shows it without 30 s of timeouts.
        var fixedSeconds = max >= half ? options.FixedSeconds : Math.Min(options.FixedSeconds, 5);
        var fixedRun = await RunAtAsync($"fixed {half:0}/s (half the bar)", half, TimeSpan.FromSeconds(fixedSeconds), cancellationToken).ConfigureAwait(false);
        report.Row(fixedRun, LatencyBar);
        MeasuredRun? halfMax = null;
        if (max > 0 && max / 2 < half)
        {
            halfMax = await RunAtAsync($"fixed {max / 2:0}/s (half the measured max)", max / 2, TimeSpan.FromSeconds(options.FixedSeconds), cancellationToken).ConfigureAwait(false);
            report.Row(halfMax, LatencyBar);
        }

        var rssAfter = session.Host.WorkingSetBytes();
        var sizeAfter = await session.Database.SizeBytesAsync(cancellationToken).ConfigureAwait(false);
        var claimsAfter = await session.Database.ScalarAsync("""SELECT COUNT(*) FROM "Claims" """, cancellationToken).ConfigureAwait(false);
        var claims = claimsAfter - claimsBefore;

        report.Line();
        report.Line($"- Highest sustained intake rate on the ladder (no failure, ≥ 97 % of the target completed in the window, p99 ≤ {SaturationBound.TotalMilliseconds:0} ms): **{max:0} claims/s** (bar ≥ {options.IntakeBarRate:0}/s).");
        report.Line($"- At {half:0}/s (half the bar): p99 **{LoadResult.Ms(fixedRun.Result.P99)} ms**, achieved {fixedRun.Result.AchievedRate:0.0}/s, failed {fixedRun.Result.Failed} (bar p99 ≤ 15 ms).");
        if (halfMax is not null)
        {
            report.Line($"- At {max / 2:0}/s (half the measured max): p99 **{LoadResult.Ms(halfMax.Result.P99)} ms**.");
        }

        report.Line($"- Footprint over {claims:N0} claims accepted in this scenario (each: one running instance, one open review task): host RSS {Mb(rssBefore)} → {Mb(rssAfter)} MB ({(rssAfter - rssBefore) / (double)Math.Max(1, claims):0} bytes per claim); "
            + $"database {Mb(sizeBefore)} → {Mb(sizeAfter)} MB = **{(sizeAfter - sizeBefore) / (double)Math.Max(1, claims) * 100_000 / 1_048_576:0} MB per 100,000 claims** ({(sizeAfter - sizeBefore) / (double)Math.Max(1, claims):0} bytes per claim).");
    }

    private Task<MeasuredRun> RunAtAsync(string name, double rate, TimeSpan duration, CancellationToken cancellationToken)
    {
        var first = session.NextSequenceBlock((long)Math.Ceiling(rate * (duration.TotalSeconds + session.Options.WarmupSeconds)) + 1);
        return session.MeasureAsync(name, rate, duration, async (i, ct) =>
        {
            using var request = ClaimBodies.Request(session, first + i);
            using var response = await session.Http.SendAsync(request, HttpCompletionOption.ResponseContentRead, ct).ConfigureAwait(false);
            return RequestOutcome.FromStatus((int)response.StatusCode, 201);
        }, Created, cancellationToken);
    }

    /// <summary>One claim before the load: it must be accepted and land in review, or the figures would measure something else.</summary>
    private async Task CheckOneClaimAsync(CancellationToken cancellationToken)
    {
        using var request = ClaimBodies.Request(session, session.NextSequenceBlock(1));
        using var response = await session.Http.SendAsync(request, cancellationToken).ConfigureAwait(false);
        var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        using var json = JsonDocument.Parse(body);
        var status = json.RootElement.TryGetProperty("status", out var s) ? s.GetString() : null;
        if ((int)response.StatusCode != 201 || status != "PendingReview")
        {
            throw new InvalidOperationException($"The sample claim was not accepted into review: {(int)response.StatusCode} {body}");
        }

        var rules = json.RootElement.TryGetProperty("ruleResults", out var r) && r.ValueKind == JsonValueKind.Array ? r.GetArrayLength() : -1;
        session.Report.Line($"- Sample claim: 201, status PendingReview, {(rules >= 0 ? rules.ToString(System.Globalization.CultureInfo.InvariantCulture) : "no")} rule results in the response ({body.Length:N0} bytes).");
    }

    private static string Mb(long bytes) => (bytes / 1_048_576.0).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture);
}
