using System.Net;
using Microsoft.Extensions.DependencyInjection;
using WorkflowDms.Application.Workflows;
using WorkflowDms.Host.Tests.Infrastructure;

namespace WorkflowDms.Host.Tests.Claims;

/// <summary>
/// An appeal not decided by the supervisors within 2 days escalates to the warranty managers (timer
/// <c>appealReviewOverdue</c> on <c>reviewAppeal</c>), who decide it with the same form. Its own fixture:
/// moving the clock would disturb other tests.
/// </summary>
public sealed class AppealEscalationTests(HostFixture host) : IClassFixture<HostFixture>
{
    private const string ExpiredVin = "LSVAU2187N2100002";
    private const string Supervisor = "hq.supervisor@demo.local";
    private const string Manager = "hq.warranty-manager@demo.local";

    [Fact]
    public async Task AppealOverdue_AfterTwoDays_MovesTaskToManagers_WhoDecideIt()
    {
        var ct = TestContext.Current.CancellationToken;
        var dealer = host.AsDealer("D1001");
        var claimId = (await host.SubmitAsync("D1001", WarrantyApi.Wiper("AE-1", ExpiredVin, 98_500)))["id"]!.GetValue<string>();
        await dealer.PostJsonAsync($"/api/v1/claims/{claimId}/appeal", """{"reason":"Goodwill agreed with the area manager"}""").ExpectAsync(HttpStatusCode.OK);
        var firer = host.Services.GetRequiredService<DueTimerFirer>();

        Assert.Equal("reviewAppeal", (await TaskAsync(Supervisor, claimId))!["elementId"]!.GetValue<string>());
        Assert.Null(await TaskAsync(Manager, claimId));

        host.Clock.Advance(TimeSpan.FromDays(1));
        Assert.Equal(0, await firer.FireDueAsync(ct));
        Assert.NotNull(await TaskAsync(Supervisor, claimId));

        host.Clock.Advance(TimeSpan.FromDays(1) + TimeSpan.FromMinutes(1));
        Assert.True(await firer.FireDueAsync(ct) >= 1);

        Assert.Null(await TaskAsync(Supervisor, claimId));
        var task = (await TaskAsync(Manager, claimId))!;
        Assert.Equal(("managerAppealReview", "claim-appeal-review"), (task["elementId"]!.GetValue<string>(), task["formKey"]!.GetValue<string>()));
        Assert.Equal(["approve", "reject"], task["allowedDecisions"]!.AsArray().Select(d => d!.GetValue<string>()));
        Assert.Equal("PendingReview", (await dealer.ClaimAsync(claimId)).Status());

        var manager = await host.AsStaffAsync(Manager);
        await WarrantyApi.CompleteAsync(manager, task, """{"decision":"approve","comment":"goodwill, escalated"}""");

        var approved = await dealer.ClaimAsync(claimId);
        Assert.Equal("ApprovedForPayment", approved.Status());
        var escalation = (await host.AuditAsync($"claim:{claimId}"))
            .Where(e => e["action"]!.GetValue<string>() == "ClaimStatusChanged")
            .Select(e => e["data"]!)
            .ToList();
        Assert.Equal(["reject", "appeal", "escalate", "approve", "approve-for-payment"], escalation.Select(d => d["step"]!.GetValue<string>()));
        Assert.Equal("warranty-managers", escalation.Single(d => d["step"]!.GetValue<string>() == "escalate")["toGroup"]!.GetValue<string>());
    }

    /// <summary>Signs in afresh each time: staff tokens last 8 hours on the same (moved) clock.</summary>
    private async Task<System.Text.Json.Nodes.JsonObject?> TaskAsync(string email, string claimId)
        => await WarrantyApi.TaskForAsync(await host.AsStaffAsync(email), claimId);
}
