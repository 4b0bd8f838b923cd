using WorkflowDms.Web.Tests.Infrastructure;

namespace WorkflowDms.Web.Tests.Inbox;

/// <summary>
/// Signs in on the page the test starts from (every app path shows the sign-in form to a visitor), so the
/// test lands where it works; the demo staff password is Demo-pass-1.
/// </summary>
internal static class StaffSignIn
{
    public static async Task SignInAtAsync(this BrowserPage session, string path, string email)
    {
        var page = session.Page;
        await page.GotoAsync(path);
        await page.Locator("input[name=email]").FillAsync(email);
        await page.Locator("input[name=password]").FillAsync("Demo-pass-1");
        await page.Locator("form button[type=submit]").ClickAsync();
        await page.Locator(".topbar").WaitForAsync();
    }
}
