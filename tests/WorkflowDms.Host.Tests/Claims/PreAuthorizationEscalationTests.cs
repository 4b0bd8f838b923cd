using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using WorkflowDms.Application.Workflows;
using WorkflowDms.Host.Tests.Infrastructure;

namespace WorkflowDms.Host.Tests.Claims;

/// <summary>
/// A pre-authorisation review not decided within 2 days (timer <c>reviewOverdue</c> on
/// <c>reviewPreAuthorization</c>) moves to the warranty supervisors, who decide it with the same form. Its own
/// fixture: moving the clock would disturb other tests.
/// </summary>
public sealed class PreAuthorizationEscalationTests(HostFixture host) : IClassFixture<HostFixture>
{
    private const string Reviewer = "hq.reviewer@demo.local";
    private const string Supervisor = "hq.supervisor@demo.local";

    [Fact]
    public async Task ReviewOverdue_AfterTwoDays_MovesTaskToSupervisors_WhoApproveIt()
    {
        var ct = TestContext.Current.CancellationToken;
        var dealer = host.AsDealer("D1001");
        var pa = await PreAuthorizationTests.RequestAsync(dealer, PreAuthorizationTests.Vin, 10_500.00m);
        var id = pa["id"]!.GetValue<string>();
        var firer = host.Services.GetRequiredService<DueTimerFirer>();

        Assert.Equal("reviewPreAuthorization", (await TaskAsync(Reviewer, id))!["elementId"]!.GetValue<string>());
        Assert.Null(await TaskAsync(Supervisor, id));

        // Not before the due date: a day later, and a minute short of two days, the reviewers still hold it.
        host.Clock.Advance(TimeSpan.FromDays(1));
        Assert.Equal(0, await firer.FireDueAsync(ct));
        host.Clock.Advance(TimeSpan.FromDays(1) - TimeSpan.FromMinutes(1));
        Assert.Equal(0, await firer.FireDueAsync(ct));
        Assert.NotNull(await TaskAsync(Reviewer, id));
        Assert.Null(await TaskAsync(Supervisor, id));

        host.Clock.Advance(TimeSpan.FromMinutes(2));
        Assert.True(await firer.FireDueAsync(ct) >= 1);

        Assert.Null(await TaskAsync(Reviewer, id));
        var task = (await TaskAsync(Supervisor, id))!;
        Assert.Equal(("supervisorReview", "pre-authorization-review"), (task["elementId"]!.GetValue<string>(), task["formKey"]!.GetValue<string>()));
        Assert.Equal(["warranty-supervisors"], task["candidateGroups"]!.AsArray().Select(g => g!.GetValue<string>()));
        Assert.Equal(host.Clock.GetUtcNow().UtcDateTime.AddDays(1), task["dueAt"]!.GetValue<DateTime>().ToUniversalTime(), TimeSpan.FromSeconds(1));
        Assert.Null(await TaskAsync("b21.reviewer@demo.local", id));
        Assert.Equal("Submitted", (await PreAuthorizationTests.GetAsync(dealer, id))["status"]!.GetValue<string>());

        // The reviewer's route no longer reaches it: the open task is the supervisors'.
        var reviewer = await host.AsStaffAsync(Reviewer);
        await PreAuthorizationTests.DecideAsync(reviewer, pa, """{"decision":"approve","authorizedMaxAmount":11000.00,"validUntil":"2026-12-23"}""", HttpStatusCode.Forbidden);

        var supervisor = await host.AsStaffAsync(Supervisor);
        await WarrantyApi.CompleteAsync(supervisor, task, """{"decision":"approve","approvedAmount":11000.00,"validUntil":"2026-12-23","comment":"escalated"}""");
        var approved = await PreAuthorizationTests.GetAsync(dealer, id);
        Assert.Equal(("Approved", 11_000.00m), (approved["status"]!.GetValue<string>(), approved["authorizedMaxAmount"]!.GetValue<decimal>()));

        var audit = await host.AuditAsync($"pre-authorization:{id}");
        Assert.Equal(["TaskCancelled", "TimerFired"], audit.Select(e => e["action"]!.GetValue<string>()).Where(a => a is "TaskCancelled" or "TimerFired").Order(StringComparer.Ordinal));
        var steps = audit.Where(e => e["action"]!.GetValue<string>() == "CaseStatusChanged").Select(e => e["data"]!).ToList();
        Assert.Equal(["escalate", "approve"], steps.Select(d => d["step"]!.GetValue<string>()));
        Assert.Equal("warranty-supervisors", steps[0]["toGroup"]!.GetValue<string>());
        Assert.Equal(Supervisor, audit.Last(e => e["action"]!.GetValue<string>() == "CaseStatusChanged")["actor"]!.GetValue<string>());
        Assert.Equal(Supervisor, audit.Single(e => e["action"]!.GetValue<string>() == "TaskCompleted")["actor"]!.GetValue<string>());
    }

    /// <summary>Signs in afresh each time: staff tokens last 8 hours on the same (moved) clock.</summary>
    private async Task<JsonObject?> TaskAsync(string email, string id) => await WarrantyApi.TaskForAsync(await host.AsStaffAsync(email), id);
}
