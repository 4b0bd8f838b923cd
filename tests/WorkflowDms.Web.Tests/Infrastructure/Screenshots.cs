using Microsoft.Playwright;

namespace WorkflowDms.Web.Tests.Infrastructure;

/// <summary>
/// Screenshots the README shows. Every test run takes them (so a page that cannot render fails the test); they are
/// written into docs/screenshots/ only with WORKFLOWDMS_UPDATE_SCREENSHOTS=1, otherwise into a temp folder, so a
/// plain test run leaves the committed pictures alone.
/// </summary>
public static class Screenshots
{
    public static string Directory { get; } = Environment.GetEnvironmentVariable("WORKFLOWDMS_UPDATE_SCREENSHOTS") == "1"
        ? Path.Combine(RepositoryRoot(), "docs", "screenshots")
        : Path.Combine(Path.GetTempPath(), "wdms-screenshots");

    public static async Task SaveAsync(IPage page, string name)
    {
        System.IO.Directory.CreateDirectory(Directory);
        var path = Path.Combine(Directory, name + ".png");
        await page.ScreenshotAsync(new() { Path = path, FullPage = false });
        Assert.True(new FileInfo(path).Length > 10_000, $"screenshot {name} is nearly empty");
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

        throw new InvalidOperationException("The tests do not run inside the repository (no WorkflowDms.sln above " + AppContext.BaseDirectory + ").");
    }
}
