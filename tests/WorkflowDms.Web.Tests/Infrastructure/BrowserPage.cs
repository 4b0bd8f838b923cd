using Microsoft.Playwright;

namespace WorkflowDms.Web.Tests.Infrastructure;

/// <summary>
/// A fresh browser context and page against a host, at 1280×800 or a phone-sized viewport. Every console error,
/// uncaught page error and failed request to the app is collected; <see cref="AssertNoErrors"/> fails the test with them.
/// </summary>
public sealed class BrowserPage : IAsyncDisposable
{
    private readonly List<string> errors = [];

    private BrowserPage(IBrowserContext context, IPage page, Uri baseAddress)
    {
        Context = context;
        Page = page;
        BaseAddress = baseAddress;
    }

    public static readonly ViewportSize Desktop = new() { Width = 1280, Height = 800 };
    public static readonly ViewportSize Narrow = new() { Width = 390, Height = 844 };

    public IBrowserContext Context { get; }

    public IPage Page { get; }

    public Uri BaseAddress { get; }

    public IReadOnlyList<string> Errors => errors;

    public static async Task<BrowserPage> OpenAsync(IBrowser browser, Uri baseAddress, ViewportSize? viewport = null, string locale = "en-GB")
    {
        var context = await browser.NewContextAsync(new() { ViewportSize = viewport ?? Desktop, Locale = locale, BaseURL = baseAddress.ToString() });
        context.SetDefaultTimeout(15_000);
        var page = await context.NewPageAsync();
        var session = new BrowserPage(context, page, baseAddress);
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                session.errors.Add($"console: {message.Text}");
            }
        };
        page.PageError += (_, error) => session.errors.Add($"page error: {error}");
        return session;
    }

    /// <summary>Signs in through the sign-in page with a demo staff account (password Demo-pass-1).</summary>
    public async Task SignInAsync(string email, string password = "Demo-pass-1")
    {
        await Page.GotoAsync("/");
        await Page.GetByLabel("E-mail").Or(Page.GetByLabel("电子邮箱")).FillAsync(email);
        await Page.Locator("input[name=password]").FillAsync(password);
        await Page.Locator("form button[type=submit]").ClickAsync();
        await Page.Locator(".topbar").WaitForAsync();
    }

    /// <summary>Fails with every console/page error seen so far; a 401/404 the app handles on purpose is not an error.</summary>
    public void AssertNoErrors() =>
        Assert.True(errors.Count == 0, "Browser errors:\n" + string.Join('\n', errors));

    public async ValueTask DisposeAsync() => await Context.CloseAsync();
}
