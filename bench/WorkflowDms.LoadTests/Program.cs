using WorkflowDms.LoadTests;
using WorkflowDms.LoadTests.Database;
using WorkflowDms.LoadTests.Reporting;
using WorkflowDms.LoadTests.Scenarios;

if (args.Contains("--help"))
{
    Console.WriteLine(LoadOptions.Usage);
    return 0;
}

var options = LoadOptions.Parse(args);
IBenchDatabase database = options.Provider switch
{
    "sqlite" => new SqliteBenchDatabase(options.Connection is null ? Path.Combine(options.DataDirectory, "workflowdms.db")
        : new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(options.Connection).DataSource),
    "postgres" => new PostgresBenchDatabase(options.Connection ?? throw new ArgumentException("--provider postgres needs --connection.")),
    _ => throw new ArgumentException($"--provider is sqlite or postgres, not {options.Provider}."),
};

using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) => { e.Cancel = true; cancel.Cancel(); };
var report = new Report();
report.Heading($"Run of {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC on {database.Provider}");
report.Line($"- Machine: {Environment.ProcessorCount} cores, {MachineInfo.Describe()}; load average before the run {LoadSession.LoadAverage()}.");
report.Line($"- Command: `dotnet run -c Release --project bench/WorkflowDms.LoadTests -- {string.Join(' ', args)}`");
report.Line($"- Steps {options.StepSeconds} s each after {options.WarmupSeconds} s of warm-up at the same rate (not recorded); fixed runs {options.FixedSeconds} s.");

await using (var session = new LoadSession(options, database, report))
{
    await session.SetUpAsync(cancel.Token);
    if (options.Scenarios.Contains("intake"))
    {
        await new ClaimIntakeScenario(session).RunAsync(cancel.Token);
    }

    if (options.Scenarios.Contains("completion") || options.Scenarios.Contains("race"))
    {
        await new CompletionScenario(session).RunAsync(options.Scenarios.Contains("completion"), options.Scenarios.Contains("race"), cancel.Token);
    }

    if (options.Scenarios.Contains("inbox"))
    {
        await new InboxScenario(session).RunAsync(cancel.Token);
    }
}

report.Line($"\n- Load average after the run: {LoadSession.LoadAverage()}.");
await report.SaveAsync(options.ReportFile);
return 0;
