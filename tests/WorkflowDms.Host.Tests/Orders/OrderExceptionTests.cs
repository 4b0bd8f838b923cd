using System.Net;
using WorkflowDms.Host.Tests.Infrastructure;

namespace WorkflowDms.Host.Tests.Orders;

/// <summary>The order exceptions: price not valid (hold, adjust, cancel), four-eyes, credit rejection, manual block and recheck, abnormal-order alert, bad input.</summary>
public sealed class OrderExceptionTests(HostFixture host) : IClassFixture<HostFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task PriceNotValidOnOrderDate_IsHeld_ThenAdjustedOrderGoesToApproval()
    {
        var dealer = host.AsDealer("D1001");
        var id = await OrderApi.CreateAsync(dealer, OrderApi.Order("vehicle", "VO-EV-1", ("EV-S", 1)));
        var order = await OrderApi.SubmitAsync(dealer, id);
        Assert.Equal("OnHold", OrderApi.Status(order));
        Assert.Equal("PNV", order["holdReasonCode"]!.GetValue<string>());
        Assert.Null(order["lines"]![0]!["unitPrice"]);
        Assert.Contains(order["orderRules"]!["firedRules"]!.AsArray(), r => r!["rule"]!.GetValue<string>() == "O-13-price-not-valid");

        var adjusted = await dealer.PostJsonAsync($"/api/v1/orders/{id}/adjust", """{"lines":[{"itemCode":"SEDAN-A","quantity":1}]}""").ExpectAsync(HttpStatusCode.OK);
        Assert.Equal("PendingApproval", OrderApi.Status(adjusted));
        Assert.Equal(1, adjusted["adjustmentCount"]!.GetValue<int>());
        Assert.Equal(["Draft->Submitted", "Submitted->OnHold", "OnHold->Adjusted", "Adjusted->PendingApproval"], await OrderApi.StatusTrailAsync(host, $"order:{id}"));
    }

    [Fact]
    public async Task VehicleOrderAboveAllocation_IsHeld_O01()
    {
        var dealer = host.AsDealer("D2001");
        var id = await OrderApi.CreateAsync(dealer, OrderApi.Order("vehicle", "VO-ALLOC-1", ("SEDAN-A", 6)));
        var order = await OrderApi.SubmitAsync(dealer, id);

        Assert.Equal("OnHold", OrderApi.Status(order));
        Assert.Equal("ALX", order["holdReasonCode"]!.GetValue<string>());
    }

    [Fact]
    public async Task HeldOrder_CanBeCancelled_AndThenNothingMoreIsAllowed()
    {
        var dealer = host.AsDealer("D1001");
        var id = await OrderApi.CreateAsync(dealer, OrderApi.Order("vehicle", "VO-EV-2", ("EV-S", 1)));
        Assert.Equal("OnHold", OrderApi.Status(await OrderApi.SubmitAsync(dealer, id)));
        var cancelled = await dealer.PostJsonAsync($"/api/v1/orders/{id}/cancel", """{"comment":"ordered too early"}""").ExpectAsync(HttpStatusCode.OK);
        Assert.Equal("Cancelled", OrderApi.Status(await OrderApi.GetAsync(dealer, id)));
        Assert.NotNull(cancelled);
        await dealer.PostJsonAsync($"/api/v1/orders/{id}/adjust", """{"lines":[{"itemCode":"SEDAN-A","quantity":1}]}""").ExpectProblemAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task CreatorCannotApprove_FourEyes_AnotherApproverCan()
    {
        var hqSales = await host.AsStaffAsync("hq.sales@demo.local");
        var id = await OrderApi.CreateAsync(hqSales, OrderApi.OrderFor("D1001", "vehicle", "VO-4EYES-1", ("SEDAN-A", 1)));
        Assert.Equal("PendingApproval", OrderApi.Status(await OrderApi.SubmitAsync(hqSales, id)));

        var problem = await hqSales.PostJsonAsync($"/api/v1/orders/{id}/approve", "").ExpectProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("four-eyes", problem["code"]!.GetValue<string>());
        Assert.Null(await OrderApi.FindTaskAsync(hqSales, id));

        var b11Sales = await host.AsStaffAsync("b11.sales@demo.local");
        var approved = await b11Sales.PostJsonAsync($"/api/v1/orders/{id}/approve", "").ExpectAsync(HttpStatusCode.OK);
        Assert.Equal("Approved", OrderApi.Status(approved));
        Assert.NotNull(approved["approvedBy"]);
        await b11Sales.PostJsonAsync($"/api/v1/orders/{id}/approve", "").ExpectProblemAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task DealerWithOverdueItems_IsCreditBlocked_AndCreditControllerRejects()
    {
        var dealer = host.AsDealer("D1002");
        var id = await OrderApi.CreateAsync(dealer, OrderApi.Order("parts", "PO-OVD-1", ("PN-2002", 10)));
        var order = await OrderApi.SubmitAsync(dealer, id);
        Assert.Equal("CreditBlocked", OrderApi.Status(order));
        Assert.Equal("OVD", order["creditReasonCode"]!.GetValue<string>());

        var controller = await host.AsStaffAsync("r1.credit@demo.local");
        var task = await OrderApi.FindTaskAsync(controller, id);
        Assert.NotNull(task);
        await controller.PostJsonAsync($"/api/v1/tasks/{task["id"]}/complete", """{"decision":"reject"}""").ExpectProblemAsync(HttpStatusCode.BadRequest);
        await controller.PostJsonAsync($"/api/v1/tasks/{task["id"]}/complete", """{"decision":"reject","reasonCode":"OVD","comment":"pay INV-D1002-0001 first"}""").ExpectAsync(HttpStatusCode.OK);
        order = await OrderApi.GetAsync(dealer, id);
        Assert.Equal("Rejected", OrderApi.Status(order));
        Assert.Equal("OVD", order["decisionReasonCode"]!.GetValue<string>());
        Assert.Equal(["Draft->Submitted", "Submitted->CreditBlocked", "CreditBlocked->Rejected"], await OrderApi.StatusTrailAsync(host, $"order:{id}"));
    }

    [Fact]
    public async Task ManuallyBlockedAccount_BlocksOrder_RecheckAfterUnblockReleasesIt()
    {
        var credit = await host.AsStaffAsync("hq.credit@demo.local");
        await credit.PostJsonAsync("/api/v1/credit/accounts/D2001/block", """{"reason":"bank guarantee expired"}""").ExpectAsync(HttpStatusCode.OK);
        var dealer = host.AsDealer("D2001");
        var id = await OrderApi.CreateAsync(dealer, OrderApi.Order("parts", "PO-BLK-1", ("PN-1001", 2)));
        var order = await OrderApi.SubmitAsync(dealer, id);
        Assert.Equal("CreditBlocked", OrderApi.Status(order));
        Assert.Equal("BLK", order["creditReasonCode"]!.GetValue<string>());

        var task = await OrderApi.FindTaskAsync(credit, id);
        Assert.NotNull(task);
        await credit.PostJsonAsync($"/api/v1/tasks/{task["id"]}/complete", """{"decision":"recheck"}""").ExpectAsync(HttpStatusCode.OK);
        Assert.Equal("CreditBlocked", OrderApi.Status(await OrderApi.GetAsync(dealer, id)));

        await credit.PostJsonAsync("/api/v1/credit/accounts/D2001/unblock", "").ExpectAsync(HttpStatusCode.OK);
        task = await OrderApi.FindTaskAsync(credit, id);
        Assert.NotNull(task);
        await credit.PostJsonAsync($"/api/v1/tasks/{task["id"]}/complete", """{"decision":"recheck"}""").ExpectAsync(HttpStatusCode.OK);
        Assert.Equal("PendingApproval", OrderApi.Status(await OrderApi.GetAsync(dealer, id)));
        Assert.Equal(["Draft->Submitted", "Submitted->CreditBlocked", "CreditBlocked->CreditBlocked", "CreditBlocked->PendingApproval"], await OrderApi.StatusTrailAsync(host, $"order:{id}"));
    }

    [Fact]
    public async Task OrderFarAboveDealerHistory_CarriesAbnormalAlert()
    {
        var dealer = host.AsDealer("D2001");
        var parts = await host.AsStaffAsync("hq.parts@demo.local");
        for (var i = 1; i <= 3; i++)
        {
            var small = await OrderApi.CreateAsync(dealer, OrderApi.Order("parts", $"PO-HIST-{i}", ("PN-2002", 10)));
            Assert.Equal("PendingApproval", OrderApi.Status(await OrderApi.SubmitAsync(dealer, small)));
            Assert.False((await OrderApi.GetAsync(dealer, small))["abnormalAlert"]!.GetValue<bool>());
            await parts.PostJsonAsync($"/api/v1/orders/{small}/approve", "").ExpectAsync(HttpStatusCode.OK);
        }

        var id = await OrderApi.CreateAsync(dealer, OrderApi.Order("parts", "PO-BIG-1", ("PN-1001", 5)));
        var order = await OrderApi.SubmitAsync(dealer, id);
        Assert.Equal("PendingApproval", OrderApi.Status(order));
        Assert.True(order["abnormalAlert"]!.GetValue<bool>());
        Assert.Contains("three times", order["alertMessage"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("alert", order["orderRules"]!["decision"]!.GetValue<string>());
    }

    [Fact]
    public async Task BadInput_NamesTheField()
    {
        var dealer = host.AsDealer("D1001");
        var problem = await dealer.PostJsonAsync("/api/v1/orders", """{"orderType":"vehicle","dealerReference":"X-1","lines":[]}""").ExpectProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("lines", problem["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        problem = await dealer.PostJsonAsync("/api/v1/orders", """{"orderType":"boat","dealerReference":"X-1","lines":[{"itemCode":"SEDAN-A","quantity":1}]}""").ExpectProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("orderType", problem["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        problem = await dealer.PostJsonAsync("/api/v1/orders", OrderApi.Order("vehicle", "X-2", ("NOPE-1", 1))).ExpectProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("lines[0].itemCode", problem["field"]!.GetValue<string>());
        problem = await dealer.PostJsonAsync("/api/v1/orders", OrderApi.Order("vehicle", "X-3", ("SEDAN-A", 0))).ExpectProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("lines[0].quantity", problem["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        await dealer.PostJsonAsync("/api/v1/orders", """{"orderType":"vehicle","dealerReference":"X-4","lines":[{"itemCode":"SEDAN-A","quantity":1}],"colour":"red"}""").ExpectProblemAsync(HttpStatusCode.BadRequest);
    }
}
