using System.Globalization;
using System.Text;
using WorkflowDms.LoadTests.Load;

namespace WorkflowDms.LoadTests.Reporting;

/// <summary>The run's Markdown report, echoed to the console line by line as it grows.</summary>
internal sealed class Report
{
    private readonly StringBuilder text = new();

    public void Line(string line = "")
    {
        text.AppendLine(line);
        Console.WriteLine(line);
    }

    public void Heading(string heading) => Line($"\n### {heading}\n");

    public void TableHeader() =>
        Line("| Run | Target/s | Achieved/s | OK | Failed | p50 ms | p90 ms | p99 ms | p99.9 ms | max ms | Backlog at end | Host CPU ms/req | Load avg | Sustained |\n"
            + "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|");

    public void Row(MeasuredRun run, TimeSpan p99Bound)
    {
        var r = run.Result;
        var failures = r.Failed == 0 ? "0" : $"{r.Failed} ({string.Join(", ", r.Outcomes.Where(o => !run.SuccessLabels.Contains(o.Key)).Select(o => $"{o.Key}×{o.Value}"))})";
        Line(string.Create(CultureInfo.InvariantCulture,
            $"| {r.Name} | {r.TargetRate:0} | {r.AchievedRate:0.0} | {r.Succeeded} | {failures} | {LoadResult.Ms(r.P50)} | {LoadResult.Ms(r.P90)} | {LoadResult.Ms(r.P99)} | {LoadResult.Ms(r.P999)} | {LoadResult.Ms(r.Max)} | {r.OutstandingAtEnd} | {run.HostCpuMsPerRequest:0.00} | {run.LoadAverage} | {(r.IsSustainable(p99Bound) ? "yes" : "no")} |"));
    }

    public async Task SaveAsync(string? file)
    {
        if (file is not null)
        {
            await File.WriteAllTextAsync(file, text.ToString()).ConfigureAwait(false);
        }
    }
}
