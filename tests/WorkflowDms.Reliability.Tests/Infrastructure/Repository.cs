namespace WorkflowDms.Reliability.Tests.Infrastructure;

/// <summary>Paths in the working tree: the repository root (where WorkflowDms.sln is) and the shared samples beside it.</summary>
internal static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string SharedBpmnSamples => Path.GetFullPath(Path.Combine(Root, "..", "shared", "samples", "bpmn"));

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "WorkflowDms.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("WorkflowDms.sln not found above " + AppContext.BaseDirectory);
    }
}
