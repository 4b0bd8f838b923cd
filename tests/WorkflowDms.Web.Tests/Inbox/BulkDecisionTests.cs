using Microsoft.Playwright;
using WorkflowDms.Web.Tests.Infrastructure;

namespace WorkflowDms.Web.Tests.Inbox;

/// <summary>Bulk decisions from the inbox list: one decision for the selected tasks, a result per task.</summary>
public sealed class BulkDecisionTests(BrowserFixture browser, WebAppHost host) : IClassFixture<WebAppHost>
{
    private const string Reviewer = "hq.reviewer@demo.local";

    [Fact]
    public async Task Reviewer_approves_two_claims_at_once_and_sees_which_task_was_decided_and_which_was_not()
    {
        var ct = TestContext.Current.CancellationToken;
        using var dealer = new DealerClaims(host);
        var first = await dealer.SubmitForReviewAsync("BULK-1", ct);
        var second = await dealer.SubmitForReviewAsync("BULK-2", ct);
        var gone = await dealer.SubmitForReviewAsync("BULK-3", ct);
        using var reviewer = await StaffApi.SignInAsync(host, Reviewer, ct);
        var goneTask = await reviewer.TaskOfAsync(gone.Id, ct);

        await using var session = await BrowserPage.OpenAsync(browser.Browser, host.BaseAddress);
        await session.SignInAtAsync("/inbox?dealer=D1001", Reviewer);
        var page = session.Page;
        foreach (var claim in new[] { first, second, gone })
        {
            await page.GetByLabel($"Select Review warranty claim {claim.Number}").CheckAsync();
        }

        var bar = page.Locator(".bulk-bar");
        await Assertions.Expect(bar).ToContainTextAsync("3 selected");
        // While the list is open, a colleague's window sends the third claim back: its item must fail on its own.
        await reviewer.PostAsync($"/api/v1/tasks/{goneTask}/complete", new { decision = "send-back", reasonCode = "IIS" }, ct);

        await bar.GetByLabel("Decision").SelectOptionAsync("approve");
        await bar.GetByLabel("Comment").FillAsync("Converter campaign, approved in bulk");
        await bar.GetByRole(AriaRole.Button, new() { Name = "Decide selected" }).ClickAsync();

        var results = bar.Locator(".bulk-results");
        await Assertions.Expect(results).ToContainTextAsync("2 decided, 1 not decided");
        var items = results.Locator("li");
        await Assertions.Expect(items).ToHaveCountAsync(3);
        await Assertions.Expect(items.Filter(new() { HasText = first.Number })).ToContainTextAsync("Review warranty claim: decided");
        await Assertions.Expect(items.Filter(new() { HasText = second.Number })).ToContainTextAsync("Review warranty claim: decided");
        await Assertions.Expect(items.Filter(new() { HasText = gone.Number })).ToHaveClassAsync("bulk-failed");
        await Assertions.Expect(items.Filter(new() { HasText = gone.Number })).ToContainTextAsync("not decided (");
        // The decided tasks leave the list of open tasks.
        await Assertions.Expect(page.Locator(".task-row", new() { HasText = first.Number })).ToHaveCountAsync(0);

        Assert.Equal("PartsReturnPending", await dealer.StatusAsync(first.Id, ct));
        Assert.Equal("PartsReturnPending", await dealer.StatusAsync(second.Id, ct));
        Assert.Equal("ReturnedToDealer", await dealer.StatusAsync(gone.Id, ct));
        session.AssertNoErrors();
    }
}
