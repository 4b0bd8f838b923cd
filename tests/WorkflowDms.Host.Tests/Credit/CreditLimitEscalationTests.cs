using System.Net;
using Microsoft.Extensions.DependencyInjection;
using WorkflowDms.Application.Workflows;
using WorkflowDms.Host.Tests.Infrastructure;
using WorkflowDms.Host.Tests.Orders;

namespace WorkflowDms.Host.Tests.Credit;

/// <summary>
/// A credit-limit request not decided within 3 days goes one level up (own fixture: it moves the clock). The demo's
/// only credit manager is at HQ, so the approvers already are all the HQ credit managers and the HQ admins get it.
/// </summary>
public sealed class CreditLimitEscalationTests(HostFixture host) : IClassFixture<HostFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task OverdueLimitRequest_IsEscalatedToHqAdmins_WhoApprove_NeverTheRequester()
    {
        var controller = await host.AsStaffAsync("r1.credit@demo.local");
        var request = await controller.PostJsonAsync("/api/v1/credit/accounts/D1002/limit-requests",
            ApiClient.Serialize(new { limit = 300_000m, justification = "Second showroom" })).ExpectAsync(HttpStatusCode.Created);
        var id = request["id"]!.GetValue<string>();
        var first = await OrderApi.FindTaskAsync(await host.AsStaffAsync("hq.credit@demo.local"), id);
        Assert.Equal("decideLimit", first!["elementId"]!.GetValue<string>());
        Assert.Null(await OrderApi.FindTaskAsync(await host.AsStaffAsync("admin@demo.local"), id));

        // Not due yet: nothing moves.
        host.Clock.Advance(TimeSpan.FromDays(2));
        await host.Services.GetRequiredService<DueTimerFirer>().FireDueAsync(Ct);
        Assert.NotNull(await OrderApi.FindTaskAsync(await host.AsStaffAsync("hq.credit@demo.local"), id));
        Assert.Null(await OrderApi.FindTaskAsync(await host.AsStaffAsync("admin@demo.local"), id));

        host.Clock.Advance(TimeSpan.FromDays(1) + TimeSpan.FromHours(1));
        Assert.True(await host.Services.GetRequiredService<DueTimerFirer>().FireDueAsync(Ct) >= 1);

        // Sign in again: the access tokens issued before the clock moved have expired.
        var manager = await host.AsStaffAsync("hq.credit@demo.local");
        Assert.Null(await OrderApi.FindTaskAsync(manager, id));
        var refused = await manager.PostJsonAsync($"/api/v1/credit/limit-requests/{id}/approve", "").ExpectProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("not-authorised", refused["code"]!.GetValue<string>());
        controller = await host.AsStaffAsync("r1.credit@demo.local");
        Assert.Null(await OrderApi.FindTaskAsync(controller, id));
        refused = await controller.PostJsonAsync($"/api/v1/credit/limit-requests/{id}/approve", "").ExpectProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("four-eyes", refused["code"]!.GetValue<string>());

        var admin = await host.AsStaffAsync("admin@demo.local");
        var task = await OrderApi.FindTaskAsync(admin, id);
        Assert.Equal(("decideLimitEscalated", "credit-limit-decision"), (task!["elementId"]!.GetValue<string>(), task["formKey"]!.GetValue<string>()));
        Assert.Equal(host.Clock.GetUtcNow().UtcDateTime.AddDays(1), task["dueAt"]!.GetValue<DateTime>().ToUniversalTime(), TimeSpan.FromSeconds(1));
        Assert.Equal("Submitted", (await admin.GetAsync($"/api/v1/credit/limit-requests/{id}", Ct).ExpectAsync(HttpStatusCode.OK))["status"]!.GetValue<string>());

        var approved = await admin.PostJsonAsync($"/api/v1/credit/limit-requests/{id}/approve", """{"comment":"escalated, showroom opens next month"}""").ExpectAsync(HttpStatusCode.OK);
        Assert.Equal("Effective", approved["status"]!.GetValue<string>());
        Assert.Equal(300_000m, (await OrderApi.AccountAsync(admin, "D1002"))["limit"]!.GetValue<decimal>());

        var audit = await OrderApi.AuditAsync(host, $"credit-limit:{id}");
        Assert.Contains("TimerFired", audit.Select(e => e["action"]!.GetValue<string>()));
        Assert.Contains("TaskCancelled", audit.Select(e => e["action"]!.GetValue<string>()));
        var steps = audit.Where(e => e["action"]!.GetValue<string>() == "CaseStatusChanged").Select(e => e["data"]!).ToList();
        Assert.Equal(["escalate", "approve"], steps.Select(d => d["step"]!.GetValue<string>()));
        Assert.Equal("admins", steps[0]["toGroup"]!.GetValue<string>());
    }
}
