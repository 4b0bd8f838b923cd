using System.Net;
using WorkflowDms.Host.Tests.Infrastructure;

namespace WorkflowDms.Host.Tests.Orders;

/// <summary>O-21 / X-04: another dealer's or branch's orders and credit accounts are 404, lists are filtered.</summary>
public sealed class OrderIsolationTests(HostFixture host) : IClassFixture<HostFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task OtherDealersAndBranches_See404_AndFilteredLists()
    {
        var d1001 = host.AsDealer("D1001");
        var d2001 = host.AsDealer("D2001");
        var d1002 = host.AsDealer("D1002");
        var id = await OrderApi.CreateAsync(d1001, OrderApi.Order("parts", "PO-ISO-1", ("PN-2002", 10)));
        var other = await OrderApi.CreateAsync(d2001, OrderApi.Order("parts", "PO-ISO-2", ("PN-2002", 20)));

        await d2001.GetAsync($"/api/v1/orders/{id}", Ct).ExpectProblemAsync(HttpStatusCode.NotFound);
        await d2001.PostJsonAsync($"/api/v1/orders/{id}/submit", "").ExpectProblemAsync(HttpStatusCode.NotFound);
        await d1002.GetAsync($"/api/v1/orders/{id}", Ct).ExpectProblemAsync(HttpStatusCode.NotFound);
        await d2001.GetAsync("/api/v1/credit/accounts/D1001", Ct).ExpectProblemAsync(HttpStatusCode.NotFound);
        await d1001.GetAsync("/api/v1/credit/accounts/D1001", Ct).ExpectAsync(HttpStatusCode.OK);

        var b11Sales = await host.AsStaffAsync("b11.sales@demo.local");
        await b11Sales.GetAsync($"/api/v1/orders/{other}", Ct).ExpectProblemAsync(HttpStatusCode.NotFound);
        await b11Sales.GetAsync($"/api/v1/orders/{id}", Ct).ExpectAsync(HttpStatusCode.OK);
        var r1Credit = await host.AsStaffAsync("r1.credit@demo.local");
        await r1Credit.GetAsync("/api/v1/credit/accounts/D2001", Ct).ExpectProblemAsync(HttpStatusCode.NotFound);

        var list = await d2001.GetAsync("/api/v1/orders", Ct).ExpectAsync(HttpStatusCode.OK);
        var numbers = list["items"]!.AsArray().Select(o => o!["dealerCode"]!.GetValue<string>()).ToList();
        Assert.NotEmpty(numbers);
        Assert.All(numbers, code => Assert.Equal("D2001", code));
        var branchList = await b11Sales.GetAsync("/api/v1/orders?limit=200", Ct).ExpectAsync(HttpStatusCode.OK);
        Assert.DoesNotContain(branchList["items"]!.AsArray(), o => o!["dealerCode"]!.GetValue<string>() == "D2001");

        // Staff may not enter an order for a dealer outside their subtree.
        var problem = await b11Sales.PostJsonAsync("/api/v1/orders", OrderApi.OrderFor("D2001", "vehicle", "VO-ISO-3", ("SEDAN-A", 1))).ExpectProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("dealerCode", problem["field"]!.GetValue<string>());
    }
}
