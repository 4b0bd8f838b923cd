using System.Net;
using Microsoft.Extensions.DependencyInjection;
using WorkflowDms.Application.Workflows;
using WorkflowDms.Host.Tests.Infrastructure;
using WorkflowDms.Host.Tests.Orders;

namespace WorkflowDms.Host.Tests.Credit;

/// <summary>Credit-limit requests (C-15) with four-eyes and a temporary limit that a BPMN timer reverts (C-12). Own fixture: it moves the clock.</summary>
public sealed class CreditLimitTests(HostFixture host) : IClassFixture<HostFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TemporaryLimit_ApprovedByAnotherManager_RevertsWhenItsEndDatePasses()
    {
        var controller = await host.AsStaffAsync("r1.credit@demo.local");
        var manager = await host.AsStaffAsync("hq.credit@demo.local");
        var endsAt = HostFixture.Today.AddDays(10).UtcDateTime;
        var request = await controller.PostJsonAsync("/api/v1/credit/accounts/D1001/limit-requests",
            ApiClient.Serialize(new { limit = 800_000m, endsAt, justification = "Year-end stock build-up" })).ExpectAsync(HttpStatusCode.Created);
        var id = request["id"]!.GetValue<string>();
        Assert.Equal("Submitted", request["status"]!.GetValue<string>());
        Assert.Equal(500_000m, (await OrderApi.AccountAsync(manager, "D1001"))["limit"]!.GetValue<decimal>());

        // The requester cannot decide it.
        var problem = await controller.PostJsonAsync($"/api/v1/credit/limit-requests/{id}/approve", "").ExpectProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("four-eyes", problem["code"]!.GetValue<string>());

        var approved = await manager.PostJsonAsync($"/api/v1/credit/limit-requests/{id}/approve", """{"comment":"ok until year end"}""").ExpectAsync(HttpStatusCode.OK);
        Assert.Equal("Effective", approved["status"]!.GetValue<string>());
        await OrderApi.ExpectExposureAsync(manager, "D1001", 0m, 120_000m, 0m, 800_000m);

        host.Clock.Advance(TimeSpan.FromDays(10) + TimeSpan.FromHours(1));
        Assert.True(await host.Services.GetRequiredService<DueTimerFirer>().FireDueAsync(Ct) >= 1);
        manager = await host.AsStaffAsync("hq.credit@demo.local");
        Assert.Equal("Expired", (await manager.GetAsync($"/api/v1/credit/limit-requests/{id}", Ct).ExpectAsync(HttpStatusCode.OK))["status"]!.GetValue<string>());
        await OrderApi.ExpectExposureAsync(manager, "D1001", 0m, 120_000m, 0m, 500_000m);
        Assert.Equal(["Submitted->Effective", "Effective->Expired"], await OrderApi.StatusTrailAsync(host, $"credit-limit:{id}"));
    }

    [Fact]
    public async Task LimitRequest_Rejected_LeavesLimit_AndDealersCannotRequestOrPost()
    {
        var controller = await host.AsStaffAsync("r1.credit@demo.local");
        var manager = await host.AsStaffAsync("hq.credit@demo.local");
        var request = await controller.PostJsonAsync("/api/v1/credit/accounts/D1002/limit-requests",
            ApiClient.Serialize(new { limit = 400_000m, justification = "New showroom" })).ExpectAsync(HttpStatusCode.Created);
        var id = request["id"]!.GetValue<string>();
        await manager.PostJsonAsync($"/api/v1/credit/limit-requests/{id}/reject", """{"comment":"overdue items"}""").ExpectProblemAsync(HttpStatusCode.BadRequest);
        var rejected = await manager.PostJsonAsync($"/api/v1/credit/limit-requests/{id}/reject", """{"reasonCode":"OVD","comment":"overdue items"}""").ExpectAsync(HttpStatusCode.OK);
        Assert.Equal("Rejected", rejected["status"]!.GetValue<string>());
        Assert.Equal(200_000m, (await OrderApi.AccountAsync(manager, "D1002"))["limit"]!.GetValue<decimal>());

        var dealer = host.AsDealer("D1002");
        await dealer.PostJsonAsync("/api/v1/credit/payments", """{"dealerCode":"D1002","reference":"P-1","amount":10}""").ExpectProblemAsync(HttpStatusCode.Forbidden);
        var sales = await host.AsStaffAsync("b11.sales@demo.local");
        var problem = await sales.PostJsonAsync("/api/v1/credit/payments", """{"dealerCode":"D1002","reference":"P-1","amount":10}""").ExpectProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("not-authorised", problem["code"]!.GetValue<string>());
        var erp = await host.AsStaffAsync("erp@demo.local");
        problem = await erp.PostJsonAsync("/api/v1/credit/payments", """{"dealerCode":"D1002","reference":"P-1","amount":-5}""").ExpectProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal("amount", problem["field"]!.GetValue<string>());
    }
}
