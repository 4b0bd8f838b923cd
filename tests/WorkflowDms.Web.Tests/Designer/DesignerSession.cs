using WorkflowDms.Web.Tests.Infrastructure;

namespace WorkflowDms.Web.Tests.Designer;

/// <summary>Signing in straight into a designer page (the sign-in form shows at any path while signed out).</summary>
internal static class DesignerSession
{
    public static async Task SignInAtAsync(this BrowserPage session, string path, string email = "analyst@demo.local")
    {
        await session.Page.GotoAsync(path);
        await session.Page.Locator("input[name=email]").FillAsync(email);
        await session.Page.Locator("input[name=password]").FillAsync("Demo-pass-1");
        await session.Page.Locator("form button[type=submit]").ClickAsync();
        await session.Page.Locator(".topbar").WaitForAsync();
    }

    /// <summary>Runs the steps; a failure reports the browser's console and page errors too, which usually say why.</summary>
    public static async Task StepsAsync(this BrowserPage session, Func<Task> steps)
    {
        try
        {
            await steps();
        }
        catch (Exception failure) when (session.Errors.Count > 0)
        {
            throw new InvalidOperationException(failure.Message + "\nBrowser errors:\n" + string.Join('\n', session.Errors), failure);
        }
    }
}
