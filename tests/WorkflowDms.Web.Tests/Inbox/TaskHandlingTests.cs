using System.Net;
using Microsoft.Playwright;
using WorkflowDms.Web.Tests.Infrastructure;

namespace WorkflowDms.Web.Tests.Inbox;

/// <summary>Working a task on its page: claim and unclaim, comments kept on the server, delegation to a colleague.</summary>
public sealed class TaskHandlingTests(BrowserFixture browser, WebAppHost host) : IClassFixture<WebAppHost>
{
    private const string Reviewer = "hq.reviewer@demo.local";

    [Fact]
    public async Task Reviewer_claims_the_task_comments_on_it_and_unclaims_it_again()
    {
        var ct = TestContext.Current.CancellationToken;
        using var dealer = new DealerClaims(host);
        var claim = await dealer.SubmitForReviewAsync("HANDLE", ct);
        using var reviewer = await StaffApi.SignInAsync(host, Reviewer, ct);
        var taskId = await reviewer.TaskOfAsync(claim.Id, ct);

        await using var session = await BrowserPage.OpenAsync(browser.Browser, host.BaseAddress);
        await session.SignInAtAsync($"/inbox/tasks/{taskId}", Reviewer);
        var page = session.Page;
        var status = page.Locator(".task-head .task-status");
        var holder = page.Locator(".task-head .task-assignee");
        await Assertions.Expect(status).ToHaveTextAsync("Open");
        await Assertions.Expect(holder).ToHaveTextAsync("Unclaimed");

        await page.GetByRole(AriaRole.Button, new() { Name = "Claim", Exact = true }).ClickAsync();
        await Assertions.Expect(status).ToHaveTextAsync("Claimed");
        await Assertions.Expect(page.GetByText("You hold this task.")).ToBeVisibleAsync();
        await Assertions.Expect(holder).Not.ToHaveTextAsync("Unclaimed");
        var held = await reviewer.GetAsync($"/api/v1/tasks/{taskId}", ct);
        Assert.Equal("Claimed", held.GetProperty("status").GetString());
        var me = await reviewer.GetAsync("/api/v1/me", ct);
        Assert.Equal(me.GetProperty("id").GetString(), held.GetProperty("assignee").GetString());

        const string note = "Asked the dealer for the catalyst efficiency printout";
        await Assertions.Expect(page.GetByText("No comments yet.")).ToBeVisibleAsync();
        await page.GetByLabel("Comment text").FillAsync(note);
        await page.GetByRole(AriaRole.Button, new() { Name = "Add comment" }).ClickAsync();
        var comments = page.Locator(".comment-list li");
        await Assertions.Expect(comments).ToHaveCountAsync(1);
        await Assertions.Expect(comments.First).ToContainTextAsync(note);
        await Assertions.Expect(page.GetByLabel("Comment text")).ToHaveValueAsync("");

        // Kept on the server and on the case's audit trail: after a reload the comment and its timeline entry are there.
        await page.ReloadAsync();
        await Assertions.Expect(page.Locator(".comment-list li").First).ToContainTextAsync(note);
        await Assertions.Expect(page.Locator(".timeline")).ToContainTextAsync("Task commented");

        await page.GetByRole(AriaRole.Button, new() { Name = "Unclaim" }).ClickAsync();
        await Assertions.Expect(status).ToHaveTextAsync("Open");
        await Assertions.Expect(holder).ToHaveTextAsync("Unclaimed");
        var released = await reviewer.GetAsync($"/api/v1/tasks/{taskId}", ct);
        Assert.Equal("Open", released.GetProperty("status").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, released.GetProperty("assignee").ValueKind);
        session.AssertNoErrors();
    }

    [Fact]
    public async Task Reviewer_delegates_to_a_second_hq_reviewer_but_not_to_the_supervisor_who_is_no_candidate()
    {
        var ct = TestContext.Current.CancellationToken;
        // The demo has one HQ reviewer and its supervisor is no candidate of a review task: an admin adds a colleague.
        const string colleague = "hq.reviewer2@demo.local";
        using (var admin = await StaffApi.SignInAsync(host, "admin@demo.local", ct))
        {
            var nodes = await admin.GetAsync("/api/v1/admin/org-nodes", ct);
            var hq = nodes.EnumerateArray().Single(n => n.GetProperty("code").GetString() == "HQ").GetProperty("id").GetString();
            var user = await admin.PostAsync("/api/v1/admin/users", new { email = colleague, displayName = "Second HQ reviewer", password = "Demo-pass-1", orgNodeId = hq }, ct, HttpStatusCode.Created);
            await admin.PostAsync($"/api/v1/admin/users/{user.GetProperty("id").GetString()}/roles", new { group = "warranty-reviewers", orgNodeId = hq }, ct);
        }

        using var dealer = new DealerClaims(host);
        var claim = await dealer.SubmitForReviewAsync("DELEGATE", ct);
        using var reviewer = await StaffApi.SignInAsync(host, Reviewer, ct);
        var taskId = await reviewer.TaskOfAsync(claim.Id, ct);

        await using var session = await BrowserPage.OpenAsync(browser.Browser, host.BaseAddress);
        await session.SignInAtAsync($"/inbox/tasks/{taskId}", Reviewer);
        var page = session.Page;
        await page.Locator(".delegate summary").ClickAsync();
        var to = page.GetByLabel("Delegate to (e-mail)");
        var delegateButton = page.Locator(".delegate button[type=submit]");

        await to.FillAsync("hq.supervisor@demo.local");
        await delegateButton.ClickAsync();
        var problem = page.Locator(".task-actions .problem");
        await Assertions.Expect(problem).ToContainTextAsync("(422)");
        await Assertions.Expect(problem).ToContainTextAsync("could not see or decide this task");
        await Assertions.Expect(page.Locator(".task-head .task-status")).ToHaveTextAsync("Open");

        await to.FillAsync(colleague);
        await delegateButton.ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = $"Task delegated to {colleague}." })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".task-head .task-assignee")).ToHaveTextAsync("Second HQ reviewer");
        await Assertions.Expect(page.Locator(".task-head .task-status")).ToHaveTextAsync("Claimed");
        await Assertions.Expect(page.GetByText("You hold this task.")).ToHaveCountAsync(0);

        // The colleague now holds it: it is in their own tasks and they may decide it.
        using var second = await StaffApi.SignInAsync(host, colleague, ct);
        var mine = await second.GetAsync("/api/v1/tasks?view=mine&limit=200", ct);
        Assert.Contains(mine.GetProperty("items").EnumerateArray(), t => t.GetProperty("id").GetString() == taskId);
        await second.PostAsync($"/api/v1/tasks/{taskId}/complete", new { decision = "approve" }, ct);
        Assert.Equal("PartsReturnPending", await dealer.StatusAsync(claim.Id, ct));
        session.AssertNoErrorsBut(422);
    }
}
