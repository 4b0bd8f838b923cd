using System.Net;
using System.Text.Json.Nodes;
using WorkflowDms.Host.Tests.Infrastructure;

namespace WorkflowDms.Host.Tests.Tasks;

/// <summary>The case beside a task: data, rule results with reasons, audit timeline, process position and path; overdue flags.</summary>
public sealed class TaskCaseViewTests(HostFixture host) : IClassFixture<HostFixture>
{
    [Fact]
    public async Task CaseOfReviewTask_ShowsRuleResultsTimelineAndPathToTheReviewTask()
    {
        var claimId = await host.ReviewClaimAsync("D1001", "CV-1");
        var hq = await host.AsStaffAsync("hq.reviewer@demo.local");
        var task = await hq.TaskOfAsync(claimId);

        var view = await (await hq.GetAsync($"/api/v1/tasks/{task.Id()}/case", InboxApi.Ct)).ExpectAsync(HttpStatusCode.OK);

        Assert.Equal(("claim", claimId, "PendingReview"), (view["caseType"]!.GetValue<string>(), view["caseId"]!.GetValue<string>(), view["status"]!.GetValue<string>()));
        Assert.Equal("D1001", view["dealer"]!["code"]!.GetValue<string>());
        Assert.Equal("CV-1", view["data"]!["dealerClaimNumber"]!.GetValue<string>());
        Assert.Equal(task["caseNumber"]!.GetValue<string>(), view["caseNumber"]!.GetValue<string>());

        var rules = view["ruleResults"]!.AsArray().Select(r => r!.AsObject()).ToList();
        var route = Assert.Single(rules, r => r["rule"]?.GetValue<string>() == "W-32-above-auto-approval-limit");
        Assert.Equal(("warranty-claim", "route", "AC"), (route["ruleSet"]!.GetValue<string>(), route["outcome"]!.GetValue<string>(), route["reasonCode"]!.GetValue<string>()));
        Assert.False(string.IsNullOrEmpty(route["message"]!.GetValue<string>()));

        var actions = view["timeline"]!.AsArray().Select(e => e!["action"]!.GetValue<string>()).ToList();
        Assert.Contains("WorkflowStarted", actions);
        Assert.Contains("RulesEvaluated", actions);
        Assert.Contains("TaskCreated", actions);

        var process = view["process"]!.AsObject();
        Assert.Equal("warranty-claim", process["processId"]!.GetValue<string>());
        Assert.True(process["version"]!.GetValue<int>() >= 1);
        var visited = Strings(process["visitedElementIds"]);
        Assert.Contains("claimSubmitted", visited);
        Assert.Contains("adjudicateClaim", visited);
        Assert.Contains("reviewClaim", visited);
        Assert.Contains("reviewClaim", Strings(process["activeElementIds"]));
        Assert.NotEmpty(Strings(process["takenFlowIds"]));

        var outsider = await host.AsStaffAsync("b21.reviewer@demo.local");
        await (await outsider.GetAsync($"/api/v1/tasks/{task.Id()}/case", InboxApi.Ct)).ExpectProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task AfterTheDecision_TheCaseShowsThePathOnAndNoActiveReview()
    {
        var claimId = await host.ReviewClaimAsync("D1001", "CV-2");
        var hq = await host.AsStaffAsync("hq.reviewer@demo.local");
        var task = await hq.TaskOfAsync(claimId);
        await (await hq.PostJsonAsync($"/api/v1/tasks/{task.Id()}/complete", """{"decision":"approve"}""")).ExpectAsync(HttpStatusCode.OK);

        var view = await (await hq.GetAsync($"/api/v1/tasks/{task.Id()}/case", InboxApi.Ct)).ExpectAsync(HttpStatusCode.OK);

        Assert.DoesNotContain("reviewClaim", Strings(view["process"]!["activeElementIds"]));
        Assert.True(Strings(view["process"]!["visitedElementIds"]).Count > 3);
        Assert.Contains(view["timeline"]!.AsArray(), e => e!["action"]!.GetValue<string>() == "TaskCompleted");
    }

    [Fact]
    public async Task TaskPastItsDueDate_IsOverdue_AndFoundByTheOverdueFilter()
    {
        var claimId = await host.ReviewClaimAsync("D1001", "OD-1");
        var hq = await host.AsStaffAsync("hq.reviewer@demo.local");
        Assert.False((await hq.TaskOfAsync(claimId))["overdue"]!.GetValue<bool>());
        Assert.Empty((await hq.PageAsync("limit=200&due=overdue")).CasesOf([claimId]));
        Assert.Equal([claimId], (await hq.PageAsync("limit=200&due=week")).CasesOf([claimId]));

        // The review is due in 2 days (camunda:dueDate P2D); timers are not fired, so the task stays put.
        host.Clock.Advance(TimeSpan.FromDays(2) + TimeSpan.FromMinutes(1));
        var later = await host.AsStaffAsync("hq.reviewer@demo.local");

        Assert.True((await later.TaskOfAsync(claimId))["overdue"]!.GetValue<bool>());
        Assert.Equal([claimId], (await later.PageAsync("limit=200&due=overdue")).CasesOf([claimId]));
        Assert.Equal([claimId], (await later.PageAsync("limit=200&due=today")).CasesOf([claimId]));
    }

    private static List<string> Strings(JsonNode? array) => array!.AsArray().Select(e => e!.GetValue<string>()).ToList();
}
