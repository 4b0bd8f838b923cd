using System.Net;
using Microsoft.Extensions.DependencyInjection;
using WorkflowDms.Application.Workflows;
using WorkflowDms.Host.Tests.Infrastructure;

namespace WorkflowDms.Host.Tests.Orders;

/// <summary>An approval not decided within 3 days goes to the next delegation-of-authority level up (own fixture: it moves the clock).</summary>
public sealed class OrderApprovalEscalationTests(HostFixture host) : IClassFixture<HostFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task OverdueApproval_IsEscalatedFromBranchToHqSalesManagers_WhoApprove()
    {
        var dealer = host.AsDealer("D1001");
        var id = await OrderApi.CreateAsync(dealer, OrderApi.Order("vehicle", "VO-ESC-1", ("SEDAN-A", 2)));
        Assert.Equal("PendingApproval", OrderApi.Status(await OrderApi.SubmitAsync(dealer, id)));
        var branch = await host.AsStaffAsync("b11.sales@demo.local");
        var hq = await host.AsStaffAsync("hq.sales@demo.local");
        var first = await OrderApi.FindTaskAsync(branch, id);
        Assert.NotNull(first);
        Assert.Equal("approveOrder", first["elementId"]!.GetValue<string>());
        Assert.Null(await OrderApi.FindTaskAsync(hq, id));

        // Not due yet: nothing moves.
        host.Clock.Advance(TimeSpan.FromDays(2));
        await host.Services.GetRequiredService<DueTimerFirer>().FireDueAsync(Ct);
        branch = await host.AsStaffAsync("b11.sales@demo.local");
        Assert.NotNull(await OrderApi.FindTaskAsync(branch, id));

        host.Clock.Advance(TimeSpan.FromDays(1) + TimeSpan.FromHours(1));
        Assert.True(await host.Services.GetRequiredService<DueTimerFirer>().FireDueAsync(Ct) >= 1);

        // Sign in again: the access tokens issued before the clock moved have expired.
        branch = await host.AsStaffAsync("b11.sales@demo.local");
        hq = await host.AsStaffAsync("hq.sales@demo.local");
        Assert.Null(await OrderApi.FindTaskAsync(branch, id));
        var refused = await branch.PostJsonAsync($"/api/v1/orders/{id}/approve", "").ExpectProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("outside-authority", refused["code"]!.GetValue<string>());
        var task = await OrderApi.FindTaskAsync(hq, id);
        Assert.NotNull(task);
        Assert.Equal("approveOrderEscalated", task["elementId"]!.GetValue<string>());
        Assert.Equal("PendingApproval", OrderApi.Status(await OrderApi.GetAsync(dealer, id)));

        Assert.Equal("Approved", OrderApi.Status(await hq.PostJsonAsync($"/api/v1/orders/{id}/approve", """{"comment":"escalated"}""").ExpectAsync(HttpStatusCode.OK)));

        var actions = (await OrderApi.AuditAsync(host, $"order:{id}")).Select(e => e["action"]!.GetValue<string>()).ToList();
        Assert.Contains("TimerFired", actions);
        Assert.Contains("TaskCancelled", actions);
    }
}
