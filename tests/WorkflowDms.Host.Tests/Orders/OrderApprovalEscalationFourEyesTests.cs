using System.Net;
using Microsoft.Extensions.DependencyInjection;
using WorkflowDms.Application.Workflows;
using WorkflowDms.Host.Tests.Infrastructure;

namespace WorkflowDms.Host.Tests.Orders;

/// <summary>
/// Four-eyes on the escalated approval (own fixture: it moves the clock and D1001's exposure): when everyone on the
/// next delegation-of-authority level up created or submitted the order, the escalated task stays with the approvers it came from.
/// </summary>
public sealed class OrderApprovalEscalationFourEyesTests(HostFixture host) : IClassFixture<HostFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task EscalatedApproval_StillEnforcesFourEyes()
    {
        var hq = await host.AsStaffAsync("hq.sales@demo.local");
        var id = await OrderApi.CreateAsync(hq, OrderApi.OrderFor("D1001", "vehicle", "VO-ESC-2", ("SEDAN-A", 1)));
        Assert.Equal("PendingApproval", OrderApi.Status(await OrderApi.SubmitAsync(hq, id)));
        Assert.NotNull(await OrderApi.FindTaskAsync(await host.AsStaffAsync("b11.sales@demo.local"), id));

        host.Clock.Advance(TimeSpan.FromDays(3) + TimeSpan.FromHours(1));
        Assert.True(await host.Services.GetRequiredService<DueTimerFirer>().FireDueAsync(Ct) >= 1);

        hq = await host.AsStaffAsync("hq.sales@demo.local");
        // The only HQ sales manager submitted it: four-eyes keeps him out, the branch approver keeps the task.
        var problem = await hq.PostJsonAsync($"/api/v1/orders/{id}/approve", "").ExpectProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("four-eyes", problem["code"]!.GetValue<string>());
        var branch = await host.AsStaffAsync("b11.sales@demo.local");
        var task = await OrderApi.FindTaskAsync(branch, id);
        Assert.NotNull(task);
        Assert.Equal("approveOrderEscalated", task["elementId"]!.GetValue<string>());
        Assert.Equal("Approved", OrderApi.Status(await branch.PostJsonAsync($"/api/v1/orders/{id}/approve", "").ExpectAsync(HttpStatusCode.OK)));
    }
}
