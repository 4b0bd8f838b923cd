using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WorkflowDms.Application.Common;
using WorkflowDms.Application.Credit;
using WorkflowDms.Host.Tests.Infrastructure;
using WorkflowDms.Persistence;

namespace WorkflowDms.Host.Tests.Orders;

/// <summary>
/// The order main path with D1001's credit account (own fixture: it asserts exact exposure figures): every
/// posting — submission, approval, shipment, invoice, payment, credit note — leaves the exposure exact, and an
/// order above the free credit is blocked and released through the credit-decision task.
/// </summary>
public sealed class OrderLifecycleTests(HostFixture host) : IClassFixture<HostFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task VehicleOrder_MainPath_ExposureExactAfterEveryPosting_AndBlockedOrderReleasedByCreditDecision()
    {
        var dealer = host.AsDealer("D1001");
        var credit = await host.AsStaffAsync("hq.credit@demo.local");
        // Seed: limit 500,000.00, one open invoice of 120,000.00.
        await OrderApi.ExpectExposureAsync(credit, "D1001", 0m, 120_000m, 0m, 500_000m);

        var id = await OrderApi.CreateAsync(dealer, OrderApi.Order("vehicle", "VO-MAIN-1", ("SEDAN-A", 2)));
        var order = await OrderApi.SubmitAsync(dealer, id);
        Assert.Equal("PendingApproval", OrderApi.Status(order));
        Assert.Equal(300_000m, order["total"]!.GetValue<decimal>());
        Assert.Equal("auto-pass", order["creditCheck"]!["decision"]!.GetValue<string>());
        await OrderApi.ExpectExposureAsync(credit, "D1001", 300_000m, 120_000m, 0m, 500_000m);

        // 300,000.00 is within the branch sales managers' authority: the task is b11.sales's, not hq.sales's.
        var hqSales = await host.AsStaffAsync("hq.sales@demo.local");
        Assert.Null(await OrderApi.FindTaskAsync(hqSales, id));
        var b11Sales = await host.AsStaffAsync("b11.sales@demo.local");
        Assert.NotNull(await OrderApi.FindTaskAsync(b11Sales, id));
        order = await b11Sales.PostJsonAsync($"/api/v1/orders/{id}/approve", """{"comment":"ok"}""").ExpectAsync(HttpStatusCode.OK);
        Assert.Equal("Approved", OrderApi.Status(order));
        await OrderApi.ExpectExposureAsync(credit, "D1001", 300_000m, 120_000m, 0m, 500_000m);

        Assert.Equal("Accepted", OrderApi.Status(await hqSales.PostJsonAsync($"/api/v1/orders/{id}/accept", "").ExpectAsync(HttpStatusCode.OK)));
        Assert.Equal("Shipped", OrderApi.Status(await hqSales.PostJsonAsync($"/api/v1/orders/{id}/ship", "").ExpectAsync(HttpStatusCode.OK)));
        await OrderApi.ExpectExposureAsync(credit, "D1001", 0m, 120_000m, 300_000m, 500_000m);
        Assert.Equal("Delivered", OrderApi.Status(await dealer.PostJsonAsync($"/api/v1/orders/{id}/receipt", "").ExpectAsync(HttpStatusCode.OK)));

        // Not invoiced yet: closing is refused.
        var problem = await hqSales.PostJsonAsync($"/api/v1/orders/{id}/close", "").ExpectProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("not-invoiced", problem["code"]!.GetValue<string>());

        var erp = await host.AsStaffAsync("erp@demo.local");
        var invoice = ApiClient.Serialize(new { dealerCode = "D1001", invoiceNumber = "INV-MAIN-1", orderId = id, amount = 300_000m, currency = "CNY" });
        var posted = await erp.PostJsonAsync("/api/v1/credit/invoices", invoice).ExpectAsync(HttpStatusCode.Created);
        Assert.True(posted["posted"]!.GetValue<bool>());
        await OrderApi.ExpectExposureAsync(credit, "D1001", 0m, 420_000m, 0m, 500_000m);
        var repeated = await erp.PostJsonAsync("/api/v1/credit/invoices", invoice).ExpectAsync(HttpStatusCode.OK);
        Assert.False(repeated["posted"]!.GetValue<bool>());
        await OrderApi.ExpectExposureAsync(credit, "D1001", 0m, 420_000m, 0m, 500_000m);

        var payment = ApiClient.Serialize(new { dealerCode = "D1001", reference = "PAY-MAIN-1", amount = 100_000m, invoiceNumber = "INV-MAIN-1" });
        await erp.PostJsonAsync("/api/v1/credit/payments", payment).ExpectAsync(HttpStatusCode.Created);
        await erp.PostJsonAsync("/api/v1/credit/payments", payment).ExpectAsync(HttpStatusCode.OK);
        await OrderApi.ExpectExposureAsync(credit, "D1001", 0m, 320_000m, 0m, 500_000m);

        // Returns / warranty settlement credit the dealer through ICreditPostings, inside their own command.
        var dealerId = await DealerIdAsync("D1001");
        for (var i = 0; i < 2; i++)
        {
            await host.Services.GetRequiredService<CommandRunner>().RunAsync(
                async (services, _, ct) =>
                {
                    await services.GetRequiredService<ICreditPostings>().PostCreditNoteAsync(dealerId, 20_000_00, "CNY", "return:test-credit-note-1", ct);
                    return 0;
                },
                Ct);
        }

        await OrderApi.ExpectExposureAsync(credit, "D1001", 0m, 300_000m, 0m, 500_000m);
        Assert.Equal("Closed", OrderApi.Status(await hqSales.PostJsonAsync($"/api/v1/orders/{id}/close", "").ExpectAsync(HttpStatusCode.OK)));
        Assert.Equal(
            ["Draft->Submitted", "Submitted->PendingApproval", "PendingApproval->Approved", "Approved->Accepted", "Accepted->Shipped", "Shipped->Delivered", "Delivered->Closed"],
            await OrderApi.StatusTrailAsync(host, $"order:{id}"));

        // Free credit is now 200,000.00: one SUV-X at 260,000.00 is credit-blocked (C-04) and adds nothing (C-02).
        var blockedId = await OrderApi.CreateAsync(dealer, OrderApi.Order("vehicle", "VO-MAIN-2", ("SUV-X", 1)));
        var blocked = await OrderApi.SubmitAsync(dealer, blockedId);
        Assert.Equal("CreditBlocked", OrderApi.Status(blocked));
        Assert.Equal("CLE", blocked["creditReasonCode"]!.GetValue<string>());
        await OrderApi.ExpectExposureAsync(credit, "D1001", 0m, 300_000m, 0m, 500_000m);

        // 260,000.00 is above the credit controllers' 200,000.00: the decision is the credit managers' (C-18).
        var controller = await host.AsStaffAsync("r1.credit@demo.local");
        Assert.Null(await OrderApi.FindTaskAsync(controller, blockedId));
        var task = await OrderApi.FindTaskAsync(credit, blockedId);
        Assert.NotNull(task);
        Assert.Equal("credit-decision", task["formKey"]!.GetValue<string>());
        await credit.PostJsonAsync($"/api/v1/tasks/{task["id"]}/complete", """{"decision":"release","comment":"Secured by bank guarantee"}""").ExpectAsync(HttpStatusCode.OK);
        Assert.Equal("PendingApproval", OrderApi.Status(await OrderApi.GetAsync(dealer, blockedId)));
        await OrderApi.ExpectExposureAsync(credit, "D1001", 260_000m, 300_000m, 0m, 500_000m);
        Assert.Equal(["Draft->Submitted", "Submitted->CreditBlocked", "CreditBlocked->PendingApproval"], await OrderApi.StatusTrailAsync(host, $"order:{blockedId}"));

        // Rejecting the released order gives its open-order value back.
        await b11Sales.PostJsonAsync($"/api/v1/orders/{blockedId}/reject", """{"reasonCode":"STOCK","comment":"model sold out"}""").ExpectAsync(HttpStatusCode.OK);
        Assert.Equal("Rejected", OrderApi.Status(await OrderApi.GetAsync(dealer, blockedId)));
        await OrderApi.ExpectExposureAsync(credit, "D1001", 0m, 300_000m, 0m, 500_000m);
    }

    private async Task<Guid> DealerIdAsync(string code)
    {
        using var scope = host.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<WorkflowDmsDbContext>();
        return await db.Dealers.AsNoTracking().Where(d => d.Code == code).Select(d => d.Id).SingleAsync(Ct);
    }
}
