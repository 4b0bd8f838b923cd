using System.Net;
using Microsoft.Extensions.DependencyInjection;
using WorkflowDms.Application.Workflows;
using WorkflowDms.Host.Tests.Infrastructure;
using WorkflowDms.Host.Tests.Orders;

namespace WorkflowDms.Host.Tests.Credit;

/// <summary>A credit decision not taken within 2 days goes to the credit managers (own fixture: it moves the clock).</summary>
public sealed class CreditDecisionEscalationTests(HostFixture host) : IClassFixture<HostFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task OverdueCreditDecision_IsEscalatedToCreditManagers_WhoRelease()
    {
        var dealer = host.AsDealer("D1002");
        var id = await OrderApi.CreateAsync(dealer, OrderApi.Order("parts", "PO-ESC-1", ("PN-2002", 10)));
        Assert.Equal("CreditBlocked", OrderApi.Status(await OrderApi.SubmitAsync(dealer, id)));
        Assert.NotNull(await OrderApi.FindTaskAsync(await host.AsStaffAsync("r1.credit@demo.local"), id));

        host.Clock.Advance(TimeSpan.FromDays(2) + TimeSpan.FromHours(1));
        Assert.True(await host.Services.GetRequiredService<DueTimerFirer>().FireDueAsync(Ct) >= 1);

        Assert.Null(await OrderApi.FindTaskAsync(await host.AsStaffAsync("r1.credit@demo.local"), id));
        var manager = await host.AsStaffAsync("hq.credit@demo.local");
        var task = await OrderApi.FindTaskAsync(manager, id);
        Assert.NotNull(task);
        Assert.Equal("decideCreditEscalated", task["elementId"]!.GetValue<string>());
        await manager.PostJsonAsync($"/api/v1/tasks/{task["id"]}/complete", """{"decision":"release","comment":"payment promised"}""").ExpectAsync(HttpStatusCode.OK);
        Assert.Equal("PendingApproval", OrderApi.Status(await OrderApi.GetAsync(dealer, id)));

        var actions = (await OrderApi.AuditAsync(host, $"order:{id}")).Select(e => e["action"]!.GetValue<string>()).ToList();
        Assert.Contains("TimerFired", actions);
        Assert.Contains("TaskCancelled", actions);
    }
}
