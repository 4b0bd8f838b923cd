using Microsoft.Playwright;

namespace WorkflowDms.Web.Tests.Infrastructure;

/// <summary>Saves screenshots the README shows into docs/screenshots/ of the repository the tests run from.</summary>
public static class Screenshots
{
    public static string Directory { get; } = Path.Combine(RepositoryRoot(), "docs", "screenshots");

    public static async Task SaveAsync(IPage page, string name)
    {
        System.IO.Directory.CreateDirectory(Directory);
        await page.ScreenshotAsync(new() { Path = Path.Combine(Directory, name + ".png"), FullPage = false });
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
