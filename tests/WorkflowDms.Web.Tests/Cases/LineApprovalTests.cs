using Microsoft.Playwright;
using WorkflowDms.Web.Tests.Inbox;
using WorkflowDms.Web.Tests.Infrastructure;

namespace WorkflowDms.Web.Tests.Cases;

/// <summary>
/// Partial approval per claim line (W-51) on the review task's page: the reviewer adjusts or rejects lines with a
/// reason, the page posts the line decisions and completes the review, and the dealer's API shows the result.
/// </summary>
public sealed class LineApprovalTests(BrowserFixture browser, WebAppHost host) : IClassFixture<WebAppHost>
{
    private const string Reviewer = "hq.reviewer@demo.local";

    [Fact]
    public async Task Reviewer_adjusts_the_labour_line_and_approves_and_the_dealer_sees_the_adjusted_amount()
    {
        var ct = TestContext.Current.CancellationToken;
        using var dealer = new DealerClaims(host);
        var claim = await dealer.SubmitForReviewAsync("LINES", ct);
        using var reviewer = await StaffApi.SignInAsync(host, Reviewer, ct);
        var taskId = await reviewer.TaskOfAsync(claim.Id, ct);

        await using var session = await BrowserPage.OpenAsync(browser.Browser, host.BaseAddress);
        await session.SignInAtAsync($"/inbox/tasks/{taskId}", Reviewer);
        var page = session.Page;
        var rows = page.Locator(".line-table tr.line-row");
        await Assertions.Expect(rows).ToHaveCountAsync(2);
        var labour = rows.Nth(0);
        foreach (var text in new[] { "Labour", "LOP-ENG-010", "2 h", "CN¥240.00" })
        {
            await Assertions.Expect(labour).ToContainTextAsync(text);
        }

        await Assertions.Expect(rows.Nth(1)).ToContainTextAsync("PN-1001");
        await Assertions.Expect(rows.Nth(1)).ToContainTextAsync("CN¥4,200.00");
        var approvedTotal = page.Locator(".line-total-approved");
        await Assertions.Expect(approvedTotal).ToHaveTextAsync("CN¥4,440.00");

        // The page checks what the host would refuse before anything is sent: an amount, below the claimed one, a reason.
        await page.GetByLabel("Decision for line 1").SelectOptionAsync("adjust");
        var send = page.GetByRole(AriaRole.Button, new() { Name = "Save line decisions and approve" });
        await send.ClickAsync();
        var problems = page.Locator(".line-problem-row");
        await Assertions.Expect(problems).ToContainTextAsync("Line 1: enter the adjusted amount");
        await page.GetByLabel("Adjusted amount for line 1").FillAsync("240");
        await Assertions.Expect(problems).ToContainTextAsync("below the claimed CN¥240.00");
        await page.GetByLabel("Adjusted amount for line 1").FillAsync("120");
        await Assertions.Expect(problems).ToContainTextAsync("needs a reason code");
        await page.GetByLabel("Reason code for line 1").FillAsync("elh");
        await Assertions.Expect(problems).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByLabel("Reason code for line 1")).ToHaveValueAsync("ELH");
        await Assertions.Expect(approvedTotal).ToContainTextAsync("CN¥4,320.00");
        await Assertions.Expect(approvedTotal).ToContainTextAsync("Partial");
        await page.Locator("textarea[name=lineComment]").FillAsync("Flat rate for the converter is 1.0 h");
        await page.Locator(".line-panel").ScrollIntoViewIfNeededAsync();
        await Screenshots.SaveAsync(page, "line-approval");

        await send.ClickAsync();
        await Assertions.Expect(page.Locator(".decision-panel .decided")).ToContainTextAsync("Approve");
        await Assertions.Expect(labour.Locator(".line-disposition")).ToHaveTextAsync("Adjusted");
        await Assertions.Expect(labour.Locator(".line-amount")).ToHaveTextAsync("CN¥120.00");
        await Assertions.Expect(labour.Locator(".line-reason")).ToHaveTextAsync("ELH");
        await Assertions.Expect(page.Locator(".line-outcome")).ToContainTextAsync("CN¥4,320.00");
        await Assertions.Expect(page.Locator(".line-outcome")).ToContainTextAsync("PWA");

        var seen = await dealer.ClaimAsync(claim.Id, ct);
        Assert.Equal("PartsReturnPending", seen.GetProperty("status").GetString());
        Assert.Equal(4_320.00m, seen.GetProperty("approvedAmount").GetDecimal());
        Assert.Equal("PWA", seen.GetProperty("decisionReasonCode").GetString());
        Assert.Equal("Flat rate for the converter is 1.0 h", seen.GetProperty("decisionComment").GetString());
        var line = seen.GetProperty("lines")[0];
        Assert.Equal(("Adjusted", 120.00m, "ELH"), (line.GetProperty("disposition").GetString(), line.GetProperty("approvedAmount").GetDecimal(), line.GetProperty("reasonCode").GetString()));
        Assert.Equal("Approved", seen.GetProperty("lines")[1].GetProperty("disposition").GetString());
        session.AssertNoErrors();
    }

    [Fact]
    public async Task On_a_phone_in_chinese_rejecting_every_line_rejects_the_claim_with_the_line_reasons()
    {
        var ct = TestContext.Current.CancellationToken;
        using var dealer = new DealerClaims(host);
        var claim = await dealer.SubmitForReviewAsync("LINES-ZH", ct);
        using var reviewer = await StaffApi.SignInAsync(host, Reviewer, ct);
        var taskId = await reviewer.TaskOfAsync(claim.Id, ct);

        await using var session = await BrowserPage.OpenAsync(browser.Browser, host.BaseAddress, BrowserPage.Narrow, "zh-CN");
        await session.SignInAtAsync($"/inbox/tasks/{taskId}", Reviewer);
        var page = session.Page;
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "索赔明细行" })).ToBeVisibleAsync();
        await page.GetByLabel("第 1 行的决定").SelectOptionAsync("reject");
        await page.GetByLabel("第 1 行的原因代码").FillAsync("NEW");
        await page.GetByLabel("第 2 行的决定").SelectOptionAsync("reject");
        await page.GetByLabel("第 2 行的原因代码").FillAsync("WC");
        await Assertions.Expect(page.Locator(".line-panel")).ToContainTextAsync("没有可支付的金额：索赔将以原因代码 NEW 被拒绝。");

        // Each line is a card within the screen; nothing makes the page scroll sideways.
        foreach (var card in await page.Locator(".line-table tr.line-row").AllAsync())
        {
            var box = await card.BoundingBoxAsync();
            Assert.True(box is { Width: <= 390 } && box.X >= 0, $"a line card is {box?.Width}px wide at x={box?.X} on a 390px screen");
            Assert.Equal("block", await card.EvaluateAsync<string>("row => getComputedStyle(row).display"));
        }

        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), "the page scrolls sideways");
        await page.GetByRole(AriaRole.Button, new() { Name = "保存各行决定并拒绝索赔" }).ClickAsync();
        await Assertions.Expect(page.Locator(".decision-panel .decided")).ToHaveTextAsync("已决定：拒绝");
        await Assertions.Expect(page.Locator(".line-table .line-disposition").First).ToHaveTextAsync("已拒绝");

        var seen = await dealer.ClaimAsync(claim.Id, ct);
        Assert.Equal("Rejected", seen.GetProperty("status").GetString());
        Assert.Equal("NEW", seen.GetProperty("decisionReasonCode").GetString());
        Assert.Equal("WC", seen.GetProperty("lines")[1].GetProperty("reasonCode").GetString());
        session.AssertNoErrors();
    }

    [Fact]
    public async Task When_the_review_was_decided_elsewhere_the_page_shows_the_hosts_refusal_and_changes_nothing()
    {
        var ct = TestContext.Current.CancellationToken;
        using var dealer = new DealerClaims(host);
        var claim = await dealer.SubmitForReviewAsync("LINES-LATE", ct);
        using var reviewer = await StaffApi.SignInAsync(host, Reviewer, ct);
        var taskId = await reviewer.TaskOfAsync(claim.Id, ct);

        await using var session = await BrowserPage.OpenAsync(browser.Browser, host.BaseAddress);
        await session.SignInAtAsync($"/inbox/tasks/{taskId}", Reviewer);
        var page = session.Page;
        await Assertions.Expect(page.Locator(".line-table tr.line-row")).ToHaveCountAsync(2);

        // Meanwhile, in another window, the claim is sent back to the dealer: nobody holds its review any more.
        await reviewer.PostAsync($"/api/v1/tasks/{taskId}/complete", new { decision = "send-back", reasonCode = "IIS", comment = "diagnosis report missing" }, ct);

        await page.GetByLabel("Decision for line 2").SelectOptionAsync("adjust");
        await page.GetByLabel("Adjusted amount for line 2").FillAsync("4000");
        await page.GetByLabel("Reason code for line 2").FillAsync("MAP");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save line decisions and approve" }).ClickAsync();

        var problem = page.Locator(".line-panel .problem");
        await Assertions.Expect(problem).ToContainTextAsync("(422)");
        await Assertions.Expect(problem).ToContainTextAsync($"You hold no open review task for claim {claim.Number}");
        await Assertions.Expect(page.Locator(".line-failed-step")).ToHaveTextAsync("The line decisions were not saved:");

        var seen = await dealer.ClaimAsync(claim.Id, ct);
        Assert.Equal("ReturnedToDealer", seen.GetProperty("status").GetString());
        Assert.All(seen.GetProperty("lines").EnumerateArray(), l => Assert.Equal("Pending", l.GetProperty("disposition").GetString()));
        session.AssertNoErrorsBut(422);
    }
}
