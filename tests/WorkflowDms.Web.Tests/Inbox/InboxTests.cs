using Microsoft.Playwright;
using WorkflowDms.Web.Tests.Infrastructure;

namespace WorkflowDms.Web.Tests.Inbox;

/// <summary>The approver's inbox in a browser: find a dealer's claim, open its case, decide; phone width; Chinese.</summary>
public sealed class InboxTests(BrowserFixture browser, WebAppHost host) : IClassFixture<WebAppHost>
{
    private const string Reviewer = "hq.reviewer@demo.local";

    [Fact]
    public async Task Reviewer_finds_a_dealers_claim_sees_rules_and_diagram_approves_and_the_dealer_sees_the_new_status()
    {
        var ct = TestContext.Current.CancellationToken;
        using var dealer = new DealerClaims(host);
        // An earlier claim whose review is past due (P2D) by the time the new one arrives: the list marks it.
        var late = await dealer.SubmitForReviewAsync("LATE", ct);
        host.Clock.Advance(TimeSpan.FromDays(3));
        var claim = await dealer.SubmitForReviewAsync("CAT", ct);

        await using var session = await BrowserPage.OpenAsync(browser.Browser, host.BaseAddress);
        await session.SignInAtAsync("/inbox", Reviewer);
        var page = session.Page;
        await page.GetByLabel("Dealer code").FillAsync("D1001");
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("dealer=D1001"));

        var row = page.Locator(".task-row", new() { HasText = claim.Number });
        await Assertions.Expect(row).ToBeVisibleAsync();
        await Assertions.Expect(row).Not.ToHaveClassAsync(new System.Text.RegularExpressions.Regex("overdue"));
        var lateRow = page.Locator(".task-row", new() { HasText = late.Number });
        await Assertions.Expect(lateRow).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("overdue"));
        await Assertions.Expect(lateRow.GetByText("Overdue")).ToBeVisibleAsync();
        await Screenshots.SaveAsync(page, "inbox");

        await row.GetByRole(AriaRole.Link).ClickAsync();
        await Assertions.Expect(page.Locator("#case-title")).ToContainTextAsync(claim.Number);
        await Assertions.Expect(page.Locator(".rule-results .rule-row").First).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".rule-results")).ToContainTextAsync("W-32");
        // The plain reviewer sees the diagram with the current position: the review task, marked active.
        await Assertions.Expect(page.Locator(".diagram-canvas .djs-element.wdms-active[data-element-id=reviewClaim]")).ToBeVisibleAsync();
        // The diagram: see CaseDiagramTests (its XML is on an analysts-only route a plain reviewer cannot read yet).
        await Assertions.Expect(page.Locator("#diagram-title")).ToBeVisibleAsync();

        await page.Locator(".formjs-container").GetByLabel("Approve", new() { Exact = true }).CheckAsync();
        await page.Locator(".formjs-container").GetByLabel("Comment").FillAsync("Diagnostics confirm converter failure");
        await page.GetByRole(AriaRole.Button, new() { Name = "Submit decision" }).ClickAsync();
        await Assertions.Expect(page.Locator(".decision-panel .decided")).ToContainTextAsync("Approve");

        Assert.Equal("PartsReturnPending", await dealer.StatusAsync(claim.Id, ct));
        session.AssertNoErrors();
    }

    [Fact]
    public async Task On_a_phone_the_inbox_is_a_list_of_cards_with_the_overdue_ones_marked()
    {
        var ct = TestContext.Current.CancellationToken;
        using var dealer = new DealerClaims(host);
        var claim = await dealer.SubmitForReviewAsync("PHONE", ct);

        await using var session = await BrowserPage.OpenAsync(browser.Browser, host.BaseAddress, BrowserPage.Narrow);
        await session.SignInAtAsync("/inbox?dealer=D1001", Reviewer);
        var page = session.Page;

        var card = page.Locator(".task-row", new() { HasText = claim.Number });
        await Assertions.Expect(card).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".task-list thead")).ToBeHiddenAsync();
        var box = await card.BoundingBoxAsync();
        Assert.NotNull(box);
        Assert.True(box.Width <= 390, $"card is {box.Width}px wide on a 390px screen");
        Assert.Equal("block", await card.EvaluateAsync<string>("row => getComputedStyle(row).display"));
        // Nothing sticks out sideways: the page does not scroll horizontally.
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"));
        await Screenshots.SaveAsync(page, "inbox-narrow");

        // The task and its case stack: the case panel comes below the decision.
        await card.GetByRole(AriaRole.Link).ClickAsync();
        await Assertions.Expect(page.Locator("#case-title")).ToBeVisibleAsync();
        var decision = await page.Locator(".decision-panel").BoundingBoxAsync();
        var casePanel = await page.Locator(".case-panel").BoundingBoxAsync();
        Assert.True(decision is not null && casePanel is not null && casePanel.Y > decision.Y, "the case panel is below the task on a phone");
        session.AssertNoErrors();
    }

    [Fact]
    public async Task In_simplified_chinese_the_inbox_speaks_chinese_and_formats_money_the_chinese_way()
    {
        var ct = TestContext.Current.CancellationToken;
        using var dealer = new DealerClaims(host);
        var claim = await dealer.SubmitForReviewAsync("ZH", ct);

        await using var session = await BrowserPage.OpenAsync(browser.Browser, host.BaseAddress, locale: "zh-CN");
        await session.SignInAtAsync("/inbox", Reviewer);
        var page = session.Page;
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "待办", Exact = true, Level = 1 })).ToBeVisibleAsync();
        await page.GetByLabel("经销商代码").FillAsync("D1001");
        await page.GetByRole(AriaRole.Button, new() { Name = "应用" }).ClickAsync();

        var row = page.Locator(".task-row", new() { HasText = claim.Number });
        await Assertions.Expect(row).ToContainTextAsync("待审核");
        await Assertions.Expect(row).ToContainTextAsync("保修索赔");
        await Assertions.Expect(row.Locator("td.num")).ToContainTextAsync("¥");
        await Assertions.Expect(page.GetByRole(AriaRole.Columnheader, new() { Name = "经销商" })).ToBeVisibleAsync();
        await Screenshots.SaveAsync(page, "inbox-zh");
        session.AssertNoErrors();
    }

    [Fact]
    public async Task A_saved_filter_is_kept_on_the_server_and_applies_again()
    {
        await using var session = await BrowserPage.OpenAsync(browser.Browser, host.BaseAddress);
        await session.SignInAtAsync("/inbox?dealer=D1001&sort=-amount", Reviewer);
        var page = session.Page;
        await page.GetByLabel("Name for this filter").FillAsync("Nanjing, largest first");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save filter" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Nanjing, largest first", Exact = true })).ToBeVisibleAsync();

        await page.GotoAsync("/inbox");
        await page.GetByRole(AriaRole.Button, new() { Name = "Nanjing, largest first", Exact = true }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("dealer=D1001.*sort=-amount|sort=-amount.*dealer=D1001"));
        await Assertions.Expect(page.GetByLabel("Dealer code")).ToHaveValueAsync("D1001");
        session.AssertNoErrors();
    }
}
