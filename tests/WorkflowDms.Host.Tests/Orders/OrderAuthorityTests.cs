using System.Net;
using WorkflowDms.Host.Tests.Infrastructure;

namespace WorkflowDms.Host.Tests.Orders;

/// <summary>Delegation of authority (O-15) and the price list (own fixture: it moves D1001's exposure far up).</summary>
public sealed class OrderAuthorityTests(HostFixture host) : IClassFixture<HostFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task OrderAboveBranchAuthority_GoesToHq_BranchManagerIsRefused()
    {
        var dealer = host.AsDealer("D1001");
        var id = await OrderApi.CreateAsync(dealer, OrderApi.Order("vehicle", "VO-DOA-1", ("SEDAN-A", 7)));
        Assert.Equal("CreditBlocked", OrderApi.Status(await OrderApi.SubmitAsync(dealer, id)));
        var credit = await host.AsStaffAsync("hq.credit@demo.local");
        var task = await OrderApi.FindTaskAsync(credit, id);
        Assert.NotNull(task);
        await credit.PostJsonAsync($"/api/v1/tasks/{task["id"]}/complete", """{"decision":"release","comment":"fleet deal"}""").ExpectAsync(HttpStatusCode.OK);
        Assert.Equal("PendingApproval", OrderApi.Status(await OrderApi.GetAsync(dealer, id)));

        // 1,050,000.00 is above the branch sales managers' 1,000,000.00: only HQ may approve.
        var b11Sales = await host.AsStaffAsync("b11.sales@demo.local");
        Assert.Null(await OrderApi.FindTaskAsync(b11Sales, id));
        var problem = await b11Sales.PostJsonAsync($"/api/v1/orders/{id}/approve", "").ExpectProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("outside-authority", problem["code"]!.GetValue<string>());
        var hqSales = await host.AsStaffAsync("hq.sales@demo.local");
        Assert.Equal("Approved", OrderApi.Status(await hqSales.PostJsonAsync($"/api/v1/orders/{id}/approve", "").ExpectAsync(HttpStatusCode.OK)));
        await OrderApi.ExpectExposureAsync(credit, "D1001", 1_050_000m, 120_000m, 0m, 500_000m);

        // Cancelling the approved order gives the open-order value back.
        await dealer.PostJsonAsync($"/api/v1/orders/{id}/cancel", "").ExpectAsync(HttpStatusCode.OK);
        await OrderApi.ExpectExposureAsync(credit, "D1001", 0m, 120_000m, 0m, 500_000m);
    }

    [Fact]
    public async Task PriceList_ShowsValidity_AndOnlyHqManagersAddNonOverlappingPrices()
    {
        var dealer = host.AsDealer("D1001");
        var today = DateOnly.FromDateTime(HostFixture.Today.UtcDateTime);
        var response = await dealer.GetAsync($"/api/v1/catalog/prices?itemCode=PN-3003&validOn={today:yyyy-MM-dd}", Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var prices = System.Text.Json.Nodes.JsonNode.Parse(await response.Content.ReadAsStringAsync(Ct))!.AsArray();
        Assert.Single(prices);
        Assert.Equal(450m, prices[0]!["unitPrice"]!.GetValue<decimal>());

        await dealer.PostJsonAsync("/api/v1/catalog/prices", """{"orderType":"parts","itemCode":"PN-9","unitPrice":1,"effectiveFrom":"2026-12-01"}""").ExpectProblemAsync(HttpStatusCode.Forbidden);
        var hqSales = await host.AsStaffAsync("hq.sales@demo.local");
        var problem = await hqSales.PostJsonAsync("/api/v1/catalog/prices", """{"orderType":"vehicle","itemCode":"SEDAN-A","unitPrice":155000,"effectiveFrom":"2026-12-01"}""").ExpectProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("overlapping-price", problem["code"]!.GetValue<string>());
        var added = await hqSales.PostJsonAsync("/api/v1/catalog/prices", """{"orderType":"vehicle","itemCode":"MPV-Z","unitPrice":180000,"effectiveFrom":"2026-12-01","maxDiscountPercent":2}""").ExpectAsync(HttpStatusCode.Created);
        Assert.Equal("MPV-Z", added["itemCode"]!.GetValue<string>());
        problem = await hqSales.PostJsonAsync("/api/v1/catalog/prices", """{"orderType":"vehicle","itemCode":"MPV-Y","unitPrice":1}""").ExpectProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal("effectiveFrom", problem["field"]!.GetValue<string>());
        problem = await (await host.AsStaffAsync("b11.sales@demo.local")).PostJsonAsync("/api/v1/catalog/prices", """{"orderType":"vehicle","itemCode":"MPV-X","unitPrice":1,"effectiveFrom":"2026-12-01"}""").ExpectProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("not-authorised", problem["code"]!.GetValue<string>());
    }
}
