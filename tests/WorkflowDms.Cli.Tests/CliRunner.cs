using WorkflowDms.Cli.Commands;

namespace WorkflowDms.Cli.Tests;

/// <summary>Runs the CLI in process and captures what it prints.</summary>
internal static class CliRunner
{
    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await CommandLine.RunAsync(args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    public static string RepositoryRoot { get; } = FindRoot();

    public static string SharedSamples => Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared", "samples", "bpmn"));

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "WorkflowDms.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("WorkflowDms.sln not found");
    }
}
