using Microsoft.Playwright;
using WorkflowDms.Web.Tests.Infrastructure;
using WorkflowDms.Web.Tests.Inbox;

namespace WorkflowDms.Web.Tests.Audit;

/// <summary>The audit page: the chain verifies, and filters narrow the trail to one subject.</summary>
public sealed class AuditTests(BrowserFixture browser, WebAppHost host) : IClassFixture<WebAppHost>
{
    [Fact]
    public async Task Auditor_sees_the_chain_is_valid_and_filters_the_trail_by_subject()
    {
        var ct = TestContext.Current.CancellationToken;
        using var dealer = new DealerClaims(host);
        var claim = await dealer.SubmitForReviewAsync("AUDIT", ct);

        await using var session = await BrowserPage.OpenAsync(browser.Browser, host.BaseAddress);
        await session.SignInAtAsync("/inbox", "admin@demo.local");
        var page = session.Page;
        await page.GetByRole(AriaRole.Link, new() { Name = "Audit" }).ClickAsync();

        await Assertions.Expect(page.Locator(".verify-result")).ToContainTextAsync("Valid");
        await Assertions.Expect(page.Locator(".verify-result")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("valid"));

        await page.GetByLabel("Subject (e.g. claim:{id})").FillAsync($"claim:{claim.Id}");
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply" }).ClickAsync();
        var rows = page.Locator(".audit-table tbody tr");
        await Assertions.Expect(rows.First).ToContainTextAsync($"claim:{claim.Id}");
        foreach (var subject in await page.Locator(".audit-table tbody td[data-label=Subject]").AllInnerTextsAsync())
        {
            Assert.Equal($"claim:{claim.Id}", subject);
        }

        await Screenshots.SaveAsync(page, "audit");
        session.AssertNoErrors();
    }
}
