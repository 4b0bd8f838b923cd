using System.Net;
using Microsoft.Extensions.DependencyInjection;
using WorkflowDms.Application.Workflows;
using WorkflowDms.Host.Tests.Infrastructure;

namespace WorkflowDms.Host.Tests.Returns;

/// <summary>The RMA's 60-day validity and the approval escalation (own fixture: these tests move the clock).</summary>
public sealed class ReturnTimerTests(HostFixture host) : IClassFixture<HostFixture>
{
    [Fact]
    public async Task RmaNotUsedWithinSixtyDays_Expires_AndALateShipmentIsRefused()
    {
        var id = await ReturnsApi.ApprovedReturnAsync(host);

        host.Clock.Advance(TimeSpan.FromDays(61));
        Assert.True(await host.Services.GetRequiredService<DueTimerFirer>().FireDueAsync(TestContext.Current.CancellationToken) >= 1);

        var dealer = host.AsDealer("D1001");
        var expired = await dealer.GetReturnAsync(id);
        Assert.Equal("RmaExpired", expired["status"]!.GetValue<string>());
        Assert.Equal("RMA-EXPIRED", expired["decisionReasonCode"]!.GetValue<string>());
        Assert.False(expired["billingBlocked"]!.GetValue<bool>());
        var problem = await dealer.PostJsonAsync($"/api/v1/returns/{id}/shipment", """{"trackingNumber":"SF-LATE"}""").ExpectProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Contains("rma-required", problem.ToJsonString(), StringComparison.Ordinal);
        Assert.Contains("CaseStatusChanged:RmaExpired", await ReturnsApi.AuditActionsAsync(host, id));
    }

    [Fact]
    public async Task ApprovalNotDecidedInTwoDays_EscalatesToThePartsSupervisor()
    {
        var created = await host.AsDealer("D1001").RequestAsync(ReturnsApi.Request(host, discs: 1, filters: 0));
        var id = created["id"]!.GetValue<string>();

        host.Clock.Advance(TimeSpan.FromDays(2) + TimeSpan.FromHours(1));
        await host.Services.GetRequiredService<DueTimerFirer>().FireDueAsync(TestContext.Current.CancellationToken);

        Assert.Null(await (await host.AsStaffAsync(ReturnsApi.PartsManager)).TaskForAsync(id));
        var supervisor = await host.AsStaffAsync("hq.parts-supervisor@demo.local");
        var task = await supervisor.TaskForAsync(id);
        Assert.NotNull(task);
        Assert.Equal("supervisorApproval", task["elementId"]!.GetValue<string>());
        Assert.Contains("parts-supervisors", task["candidateGroups"]!.AsArray().Select(g => g!.GetValue<string>()));

        await supervisor.CompleteAsync(task, """{"decision":"approve"}""");
        Assert.Equal("ReturnOrderCreated", (await supervisor.GetReturnAsync(id))["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task DealerCancels_WhileTheSupervisorHasIt_TheEscalatedTaskEnds()
    {
        var id = (await host.AsDealer("D1001").RequestAsync(ReturnsApi.Request(host, discs: 0, filters: 1)))["id"]!.GetValue<string>();
        host.Clock.Advance(TimeSpan.FromDays(2) + TimeSpan.FromHours(1));
        await host.Services.GetRequiredService<DueTimerFirer>().FireDueAsync(TestContext.Current.CancellationToken);
        var supervisor = await host.AsStaffAsync("hq.parts-supervisor@demo.local");
        Assert.NotNull(await supervisor.TaskForAsync(id));

        await host.AsDealer("D1001").PostJsonAsync($"/api/v1/returns/{id}/cancel", """{"comment":"Sold after all"}""").ExpectAsync(HttpStatusCode.OK);

        Assert.Equal("Cancelled", (await supervisor.GetReturnAsync(id))["status"]!.GetValue<string>());
        Assert.Null(await supervisor.TaskForAsync(id));
    }
}
