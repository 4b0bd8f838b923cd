using WorkflowDms.LoadTests.Load;

namespace WorkflowDms.LoadTests.Reporting;

/// <summary>A load result with what the host spent on it (CPU per successful request) and the machine's load average after it.</summary>
internal sealed record MeasuredRun(LoadResult Result, double HostCpuMsPerRequest, string LoadAverage, IReadOnlySet<string> SuccessLabels);
