using Microsoft.Playwright;
using WorkflowDms.Web.Tests.Infrastructure;

namespace WorkflowDms.Web.Tests.Shell;

public sealed class SignInTests(BrowserFixture browser, WebAppHost host) : IClassFixture<WebAppHost>
{
    [Fact]
    public async Task Staff_member_signs_in_sees_their_name_and_signs_out()
    {
        await using var session = await BrowserPage.OpenAsync(browser.Browser, host.BaseAddress);
        await session.SignInAsync("hq.reviewer@demo.local");

        await Assertions.Expect(session.Page.Locator(".topbar .who")).Not.ToBeEmptyAsync();
        await session.Page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await Assertions.Expect(session.Page.Locator("input[name=password]")).ToBeVisibleAsync();
        session.AssertNoErrors();
    }

    [Fact]
    public async Task Wrong_password_shows_the_hosts_reason_and_stays_on_the_sign_in_page()
    {
        await using var session = await BrowserPage.OpenAsync(browser.Browser, host.BaseAddress);
        await session.Page.GotoAsync("/");
        await session.Page.Locator("input[name=email]").FillAsync("hq.reviewer@demo.local");
        await session.Page.Locator("input[name=password]").FillAsync("not-the-password");
        await session.Page.Locator("form button[type=submit]").ClickAsync();

        await Assertions.Expect(session.Page.GetByRole(AriaRole.Alert)).ToContainTextAsync("wrong password");
    }

    [Fact]
    public async Task Chosen_language_switches_the_app_to_simplified_chinese_and_is_kept()
    {
        await using var session = await BrowserPage.OpenAsync(browser.Browser, host.BaseAddress);
        await session.Page.GotoAsync("/");
        await session.Page.GetByLabel("Language").SelectOptionAsync("zh");
        await Assertions.Expect(session.Page.Locator("form button[type=submit]")).ToHaveTextAsync("登录");

        await session.Page.ReloadAsync();
        await Assertions.Expect(session.Page.Locator("form button[type=submit]")).ToHaveTextAsync("登录");
    }
}
