using Microsoft.Playwright;
using WorkflowDms.Web.Tests.Inbox;
using WorkflowDms.Web.Tests.Infrastructure;

namespace WorkflowDms.Web.Tests.Cases;

/// <summary>A credit manager releases a credit-blocked order through the credit-decision form (docs/walkthroughs/credit.sh).</summary>
public sealed class CreditReleaseTests(BrowserFixture browser, WebAppHost host) : IClassFixture<WebAppHost>
{
    [Fact]
    public async Task Credit_manager_releases_a_blocked_order_and_it_goes_on_to_approval()
    {
        var ct = TestContext.Current.CancellationToken;
        using var dealer = new DealerClaims(host);
        // 3 × SEDAN-A = 450,000.00, above D1001's free credit (500,000.00 limit, 120,000.00 open): blocked (CLE).
        var order = await dealer.SubmitOrderAsync("vehicle", "SEDAN-A", 3, "VO-CR", ct);
        Assert.Equal("CreditBlocked", order.Status);

        await using var session = await BrowserPage.OpenAsync(browser.Browser, host.BaseAddress);
        await session.SignInAtAsync("/inbox?caseType=order", "hq.credit@demo.local");
        var page = session.Page;
        var row = page.Locator(".task-row", new() { HasText = order.Number });
        await Assertions.Expect(row).ToContainTextAsync("Credit decision");
        await Assertions.Expect(row).ToContainTextAsync("Credit blocked");
        await Assertions.Expect(row.Locator("td.num")).ToHaveTextAsync("CN¥450,000.00");

        await row.GetByRole(AriaRole.Link).ClickAsync();
        await Assertions.Expect(page.Locator("#case-title")).ToContainTextAsync(order.Number);
        await Assertions.Expect(page.Locator(".case-status")).ToHaveTextAsync("Credit blocked");
        await Assertions.Expect(page.Locator(".rule-results")).ToContainTextAsync("CLE");
        await Assertions.Expect(page.Locator(".diagram-canvas .djs-element.wdms-active[data-element-id=decideCredit]")).ToBeVisibleAsync();
        Assert.Equal(0, await page.Locator(".line-panel").CountAsync());

        var form = page.Locator(".formjs-container");
        await form.GetByLabel("Release credit block").CheckAsync();
        await form.GetByLabel("Comment").FillAsync("Bank guarantee received");
        await page.GetByRole(AriaRole.Button, new() { Name = "Submit decision" }).ClickAsync();
        await Assertions.Expect(page.Locator(".decision-panel .decided")).ToHaveTextAsync("Decided: Release credit block");
        await Assertions.Expect(page.Locator(".case-status")).ToHaveTextAsync("Pending approval");

        var released = await dealer.OrderAsync(order.Id, ct);
        Assert.Equal("PendingApproval", released.GetProperty("status").GetString());
        session.AssertNoErrors();
    }
}
