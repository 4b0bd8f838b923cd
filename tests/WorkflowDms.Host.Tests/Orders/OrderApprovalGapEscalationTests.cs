using System.Net;
using Microsoft.Extensions.DependencyInjection;
using WorkflowDms.Application.Workflows;
using WorkflowDms.Host.Tests.Infrastructure;
using static WorkflowDms.Host.Tests.Orders.OrderApi;

namespace WorkflowDms.Host.Tests.Orders;

/// <summary>
/// An approval gap not resolved within 1 day goes to the HQ admins (own fixture: it moves the clock). hq.parts
/// creates a parts order for D2001 and the parts supervisor submits it, so four-eyes rules out both parts levels of
/// the matrix and the gap task goes to the HQ sales manager first.
/// </summary>
public sealed class OrderApprovalGapEscalationTests(HostFixture host) : IClassFixture<HostFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task OverdueApprovalGap_IsEscalatedToHqAdmins_WhoReject()
    {
        var parts = await host.AsStaffAsync("hq.parts@demo.local");
        var id = await CreateAsync(parts, OrderFor("D2001", "parts", "GAP-ESC-1", ("PN-2002", 10)));
        var held = await SubmitAsync(await host.AsStaffAsync("hq.parts-supervisor@demo.local"), id);
        Assert.Equal(("OnHold", "NOA"), (Status(held), held["holdReasonCode"]!.GetValue<string>()));
        var gap = await FindTaskAsync(await host.AsStaffAsync("hq.sales@demo.local"), id);
        Assert.Equal("resolveApprovalGap", gap!["elementId"]!.GetValue<string>());
        Assert.Null(await FindTaskAsync(await host.AsStaffAsync("admin@demo.local"), id));

        // Not due yet: nothing moves.
        host.Clock.Advance(TimeSpan.FromHours(20));
        await host.Services.GetRequiredService<DueTimerFirer>().FireDueAsync(Ct);
        Assert.NotNull(await FindTaskAsync(await host.AsStaffAsync("hq.sales@demo.local"), id));
        Assert.Null(await FindTaskAsync(await host.AsStaffAsync("admin@demo.local"), id));

        host.Clock.Advance(TimeSpan.FromHours(5));
        Assert.True(await host.Services.GetRequiredService<DueTimerFirer>().FireDueAsync(Ct) >= 1);

        // Sign in again: the access tokens issued before the clock moved have expired.
        var sales = await host.AsStaffAsync("hq.sales@demo.local");
        Assert.Null(await FindTaskAsync(sales, id));
        await sales.PostJsonAsync($"/api/v1/tasks/{gap["id"]}/complete", """{"decision":"reroute"}""").ExpectProblemAsync(HttpStatusCode.Conflict);
        var admin = await host.AsStaffAsync("admin@demo.local");
        var task = await FindTaskAsync(admin, id);
        Assert.Equal(("resolveApprovalGapEscalated", "order-approval-gap"), (task!["elementId"]!.GetValue<string>(), task["formKey"]!.GetValue<string>()));
        Assert.Equal(host.Clock.GetUtcNow().UtcDateTime.AddDays(1), task["dueAt"]!.GetValue<DateTime>().ToUniversalTime(), TimeSpan.FromSeconds(1));
        Assert.Equal("OnHold", Status(await GetAsync(host.AsDealer("D2001"), id)));

        await admin.PostJsonAsync($"/api/v1/tasks/{task["id"]}/complete", """{"decision":"reject","reasonCode":"NOA","comment":"no parts approver may decide it"}""")
            .ExpectAsync(HttpStatusCode.OK);
        var rejected = await GetAsync(host.AsDealer("D2001"), id);
        Assert.Equal(("Rejected", "NOA"), (Status(rejected), rejected["decisionReasonCode"]!.GetValue<string>()));

        var audit = await AuditAsync(host, $"order:{id}");
        Assert.Contains("TimerFired", audit.Select(e => e["action"]!.GetValue<string>()));
        Assert.Contains("TaskCancelled", audit.Select(e => e["action"]!.GetValue<string>()));
        var escalation = audit.Single(e => e["action"]!.GetValue<string>() == "CaseStatusChanged" && e["data"]!["step"]!.GetValue<string>() == "escalate")["data"]!;
        Assert.Equal(("admins", "OnHold", "OnHold"), (escalation["toGroup"]!.GetValue<string>(), escalation["from"]!.GetValue<string>(), escalation["to"]!.GetValue<string>()));
    }
}
