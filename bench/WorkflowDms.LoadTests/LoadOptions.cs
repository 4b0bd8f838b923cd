using System.Globalization;

namespace WorkflowDms.LoadTests;

/// <summary>Command-line options; <c>--help</c> lists them. Defaults are the full run of docs/benchmarks.md.</summary>
internal sealed record LoadOptions
{
    public string Provider { get; init; } = "sqlite";
    public string? Connection { get; init; }
    public string DataDirectory { get; init; } = "/var/tmp/wdms-load";
    public string HostDll { get; init; } = "src/WorkflowDms.Host/bin/Release/net10.0/WorkflowDms.Host.dll";
    public int Port { get; init; } = 5190;
    public List<KeyValuePair<string, string>> HostSettings { get; init; } = [];
    public HashSet<string> Scenarios { get; init; } = new(["intake", "completion", "race", "inbox"], StringComparer.OrdinalIgnoreCase);
    public int StepSeconds { get; init; } = 15;
    public int WarmupSeconds { get; init; } = 3;
    public int FixedSeconds { get; init; } = 30;
    public int WarmupRunSeconds { get; init; } = 15;

    /// <summary>
    /// The p99 a throughput step may reach and still count as keeping up (intake and completion have a rate bar,
    /// not a latency bar, at full rate). High enough that a noisy shared machine's stalls do not end the ladder;
    /// the table shows every step's p99 anyway.
    /// </summary>
    public int SaturationP99Ms { get; init; } = 500;
    public IReadOnlyList<double> IntakeRates { get; init; } = [25, 50, 75, 100, 150, 200, 300, 400, 500, 750, 1000, 1500, 2000];
    public IReadOnlyList<double> CompletionRates { get; init; } = [25, 50, 75, 100, 150, 200, 300, 500, 750, 1000, 1500];
    public IReadOnlyList<double> InboxRates { get; init; } = [1, 5, 10, 25, 50, 100, 200, 400, 800, 1600];
    public double IntakeBarRate { get; init; } = 1500;
    public int InboxTasks { get; init; } = 1_000_000;
    public int RacePairs { get; init; } = 1000;
    public int Dealers { get; init; } = 10;
    public int Vehicles { get; init; } = 20_000;
    public string? ReportFile { get; init; }

    public const string Usage = """
        WorkflowDms.LoadTests: open-loop HTTP load against the real host (see bench/README.md)
          --provider sqlite|postgres      database the host runs on (default sqlite)
          --connection <cs>               ConnectionStrings:WorkflowDms (default: a SQLite file in --data-dir)
          --data-dir <dir>                database file and host log (default /var/tmp/wdms-load; a real disk, not tmpfs)
          --host-dll <path>               built host (default src/WorkflowDms.Host/bin/Release/net10.0/WorkflowDms.Host.dll)
          --port <n>                      127.0.0.1 port for the host (default 5190)
          --host-setting Key=Value        further host configuration, repeatable (e.g. WorkflowDms:RateLimitPerSecond=10000)
          --scenarios a,b                 intake, completion, race, inbox (default all)
          --step-seconds n / --warmup-seconds n / --fixed-seconds n
          --warmup-run-seconds n          a run at the ladder's first rate before each ladder, shown but not judged (default 15)
          --saturation-p99-ms n           p99 bound of the intake and completion ladders ("still keeping up", default 500)
          --intake-rates r1,r2,...  --completion-rates ...  --inbox-rates ...   step ladders (requests/s)
          --intake-bar n                  the intake bar (claims/s, default 1500); the latency run is at half of it
          --inbox-tasks n                 open tasks in the reviewer's inbox for the inbox scenario (default 1000000)
          --race-pairs n / --dealers n / --vehicles n
          --report <file>                 also write the Markdown report there
          --smoke                         a 1-2 minute check of every scenario (short steps, 20,000 inbox tasks)
        """;

    public static LoadOptions Parse(string[] args)
    {
        var options = new LoadOptions();
        for (var i = 0; i < args.Length; i++)
        {
            string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.");
            static IReadOnlyList<double> Rates(string value) => value.Split(',').Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToList();
            static int Int(string value) => int.Parse(value, CultureInfo.InvariantCulture);
            options = args[i] switch
            {
                "--provider" => options with { Provider = Next().ToLowerInvariant() },
                "--connection" => options with { Connection = Next() },
                "--data-dir" => options with { DataDirectory = Next() },
                "--host-dll" => options with { HostDll = Next() },
                "--port" => options with { Port = Int(Next()) },
                "--host-setting" => options with { HostSettings = [.. options.HostSettings, Setting(Next())] },
                "--scenarios" => options with { Scenarios = new(Next().Split(','), StringComparer.OrdinalIgnoreCase) },
                "--step-seconds" => options with { StepSeconds = Int(Next()) },
                "--warmup-seconds" => options with { WarmupSeconds = Int(Next()) },
                "--fixed-seconds" => options with { FixedSeconds = Int(Next()) },
                "--warmup-run-seconds" => options with { WarmupRunSeconds = Int(Next()) },
                "--saturation-p99-ms" => options with { SaturationP99Ms = Int(Next()) },
                "--intake-rates" => options with { IntakeRates = Rates(Next()) },
                "--completion-rates" => options with { CompletionRates = Rates(Next()) },
                "--inbox-rates" => options with { InboxRates = Rates(Next()) },
                "--intake-bar" => options with { IntakeBarRate = Int(Next()) },
                "--inbox-tasks" => options with { InboxTasks = Int(Next()) },
                "--race-pairs" => options with { RacePairs = Int(Next()) },
                "--dealers" => options with { Dealers = Int(Next()) },
                "--vehicles" => options with { Vehicles = Int(Next()) },
                "--report" => options with { ReportFile = Next() },
                "--smoke" => options with
                {
                    StepSeconds = 3, WarmupSeconds = 1, FixedSeconds = 4, WarmupRunSeconds = 2, IntakeRates = [50, 150], CompletionRates = [50, 150],
                    InboxRates = [50, 200], InboxTasks = 20_000, RacePairs = 50, Vehicles = 2_000,
                },
                _ => throw new ArgumentException($"Unknown option {args[i]}.\n{Usage}"),
            };
        }

        return options;
    }

    private static KeyValuePair<string, string> Setting(string value)
    {
        var at = value.IndexOf('=', StringComparison.Ordinal);
        return at > 0 ? new(value[..at], value[(at + 1)..]) : throw new ArgumentException($"--host-setting wants Key=Value, not '{value}'.");
    }
}
