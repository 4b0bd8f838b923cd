using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;

namespace WorkflowDms.Benchmarks;

/// <summary>
/// One short-run job for every benchmark (1 launch, 3 warm-up and 3 measured iterations), so the whole set runs in
/// a few minutes on 2 cores; throughput is shown as Op/s next to the mean, since the bars are rates. Reports go to
/// bench/BenchmarkDotNet.Artifacts (git-ignored) wherever the command is run from.
/// </summary>
public sealed class BenchmarkConfig : ManualConfig
{
    public BenchmarkConfig()
    {
        Add(DefaultConfig.Instance);
        AddJob(Job.ShortRun);
        AddColumn(StatisticColumn.OperationsPerSecond);
        ArtifactsPath = Path.Combine(RepositoryPaths.Root, "bench", "BenchmarkDotNet.Artifacts");
    }
}
