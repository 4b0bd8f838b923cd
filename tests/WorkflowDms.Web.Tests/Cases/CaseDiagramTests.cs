using Microsoft.Playwright;
using WorkflowDms.Web.Tests.Infrastructure;
using WorkflowDms.Web.Tests.Inbox;

namespace WorkflowDms.Web.Tests.Cases;

/// <summary>
/// The case's process diagram beside a task: bpmn-js NavigatedViewer with the waiting review task marked active
/// and the path taken marked, seen by a plain reviewer (not an analyst): the diagram comes with the case.
/// </summary>
public sealed class CaseDiagramTests(BrowserFixture browser, WebAppHost host) : IClassFixture<WebAppHost>
{
    [Fact]
    public async Task Diagram_marks_the_review_task_active_and_the_path_taken_and_keeps_the_bpmn_io_watermark()
    {
        var ct = TestContext.Current.CancellationToken;
        using var dealer = new DealerClaims(host);
        var claim = await dealer.SubmitForReviewAsync("DIAGRAM", ct);

        await using var session = await BrowserPage.OpenAsync(browser.Browser, host.BaseAddress);
        await session.SignInAtAsync("/inbox?dealer=D1001", "hq.reviewer@demo.local");
        var page = session.Page;
        await page.Locator(".task-row", new() { HasText = claim.Number }).GetByRole(AriaRole.Link).ClickAsync();

        var canvas = page.Locator(".diagram-canvas");
        await Assertions.Expect(canvas.Locator(".djs-element.wdms-active[data-element-id=reviewClaim]")).ToBeVisibleAsync();

        Assert.True(await canvas.Locator(".djs-element.wdms-visited").CountAsync() >= 2, "the start event and the rule task were passed");
        Assert.True(await canvas.Locator(".djs-connection.wdms-taken").CountAsync() >= 1, "the flows taken are marked");
        await Assertions.Expect(canvas.Locator(".bjs-powered-by")).ToBeVisibleAsync();
        // Read-only: the viewer has no palette or context pad.
        Assert.Equal(0, await canvas.Locator(".djs-palette").CountAsync());
        await Assertions.Expect(page.Locator(".rule-results .rule-row").First).ToBeVisibleAsync();
        // The claim's lines come first on a review task; the picture shows the case panel from its top.
        await page.Locator("#case-title").EvaluateAsync("title => title.closest('.card').scrollIntoView({ block: 'start' })");
        await Screenshots.SaveAsync(page, "case");
        session.AssertNoErrors();
    }
}
