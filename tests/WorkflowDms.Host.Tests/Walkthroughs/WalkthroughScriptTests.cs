using System.Diagnostics;

namespace WorkflowDms.Host.Tests.Walkthroughs;

/// <summary>
/// Runs every walkthrough script the README shows (docs/demo-walkthrough.sh and docs/walkthroughs/*.sh) with bash
/// and curl against a live host, so the documented walks cannot drift from what the product does. Each script
/// checks its own steps and exits non-zero at the first surprise; its output is the failure message.
/// Each script gets a fresh host and database, as a reader starting the product would.
/// </summary>
public sealed class WalkthroughScriptTests
{
    public static TheoryData<string> Scripts()
    {
        var root = RepositoryRoot();
        var data = new TheoryData<string> { "docs/demo-walkthrough.sh" };
        foreach (var file in Directory.GetFiles(Path.Combine(root, "docs", "walkthroughs"), "*.sh").Order(StringComparer.Ordinal))
        {
            if (Path.GetFileName(file) != "lib.sh")
            {
                data.Add(Path.GetRelativePath(root, file).Replace('\\', '/'));
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Scripts))]
    public async Task Script_walks_its_lifecycle_against_a_live_host(string script)
    {
        // A host per script: a script that moves the clock must not move it under the next one.
        using var host = new LiveHostFixture();
        var start = new ProcessStartInfo("bash", [script])
        {
            WorkingDirectory = RepositoryRoot(),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["BASE"] = host.BaseAddress.ToString().TrimEnd('/');
        start.Environment["RUN"] = Guid.NewGuid().ToString("N")[..8];

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);

        Assert.True(process.ExitCode == 0, $"{script} exited {process.ExitCode}\n{await stdout}\n{await stderr}");
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "WorkflowDms.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Not inside the repository: no WorkflowDms.sln above " + AppContext.BaseDirectory);
    }
}
