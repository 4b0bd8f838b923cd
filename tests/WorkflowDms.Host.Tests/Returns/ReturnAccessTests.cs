using System.Net;
using WorkflowDms.Host.Tests.Infrastructure;

namespace WorkflowDms.Host.Tests.Returns;

/// <summary>Org scope on every returns route (another dealer's or branch's return is a 404, lists are filtered) and bad input.</summary>
public sealed class ReturnAccessTests(HostFixture host) : IClassFixture<HostFixture>
{
    [Fact]
    public async Task AnotherDealersReturn_Is404OnEveryRoute_AndMissingFromItsList()
    {
        var id = (await host.AsDealer("D1001").RequestAsync(ReturnsApi.Request(host, discs: 1, filters: 0)))["id"]!.GetValue<string>();
        var ct = TestContext.Current.CancellationToken;

        var other = host.AsDealer("D2001");
        await (await other.GetAsync($"/api/v1/returns/{id}", ct)).ExpectProblemAsync(HttpStatusCode.NotFound);
        await other.PostJsonAsync($"/api/v1/returns/{id}/shipment", """{"trackingNumber":"X"}""").ExpectProblemAsync(HttpStatusCode.NotFound);
        await other.PostJsonAsync($"/api/v1/returns/{id}/cancel", "{}").ExpectProblemAsync(HttpStatusCode.NotFound);
        var list = await (await other.GetAsync("/api/v1/returns?limit=200", ct)).ExpectAsync(HttpStatusCode.OK);
        Assert.DoesNotContain(list["items"]!.AsArray(), r => r!["id"]!.GetValue<string>() == id);

        // A sub-dealer does not see its parent's returns; the parent sees its sub-dealer's.
        await (await host.AsDealer("D1002").GetAsync($"/api/v1/returns/{id}", ct)).ExpectProblemAsync(HttpStatusCode.NotFound);
        var subDealers = (await host.AsDealer("D1001").RequestAsync(ReturnsApi.Request(host, discs: 0, filters: 1, dealerCode: "D1002")))["id"]!.GetValue<string>();
        Assert.Equal("D1002", (await host.AsDealer("D1002").GetReturnAsync(subDealers))["dealerCode"]!.GetValue<string>());

        // Staff of another branch: 404 on read and on the staff routes; the branch's own parts manager sees it.
        var otherBranch = await host.AsStaffAsync("b21.reviewer@demo.local");
        await (await otherBranch.GetAsync($"/api/v1/returns/{id}", ct)).ExpectProblemAsync(HttpStatusCode.NotFound);
        Assert.DoesNotContain((await (await otherBranch.GetAsync("/api/v1/returns?limit=200", ct)).ExpectAsync(HttpStatusCode.OK))["items"]!.AsArray(), r => r!["id"]!.GetValue<string>() == id);
        var branchManager = await host.AsStaffAsync("b11.parts@demo.local");
        Assert.Equal(id, (await branchManager.GetReturnAsync(id))["id"]!.GetValue<string>());
        Assert.NotNull(await branchManager.TaskForAsync(id));
    }

    [Fact]
    public async Task StaffRoutes_NeedAPartsRole_AndDealerRoutes_ADealer()
    {
        var id = (await host.AsDealer("D1001").RequestAsync(ReturnsApi.Request(host, discs: 0, filters: 1)))["id"]!.GetValue<string>();
        var ct = TestContext.Current.CancellationToken;

        Assert.Equal(HttpStatusCode.Forbidden, (await host.AsDealer("D1001").PostAsync($"/api/v1/returns/{id}/receipt", null, ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await host.AsStaffAsync("hq.reviewer@demo.local")).PostAsync($"/api/v1/returns/{id}/receipt", null, ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await host.AsStaffAsync(ReturnsApi.PartsManager)).PostAsync("/api/v1/returns", ReturnsApi.Json("{}"), ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await host.CreateClient().GetAsync($"/api/v1/returns/{id}", ct)).StatusCode);
        await (await (await host.AsStaffAsync(ReturnsApi.PartsManager)).GetAsync($"/api/v1/returns/{Guid.NewGuid()}", ct)).ExpectProblemAsync(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("""{"reason":"surplus-stock"}""", "lines")]
    [InlineData("""{"lines":[{"partNumber":"PN-5101","quantity":1,"purchaseDate":"2026-10-01","unitPricePaid":350.00,"unused":true,"specialOrder":false}]}""", "reason")]
    [InlineData("""{"reason":"because","lines":[{"partNumber":"PN-5101","quantity":1,"purchaseDate":"2026-10-01","unitPricePaid":350.00,"unused":true,"specialOrder":false}]}""", "reason")]
    [InlineData("""{"reason":"surplus-stock","lines":[{"partNumber":"PN-5101","quantity":0,"purchaseDate":"2026-10-01","unitPricePaid":350.00,"unused":true,"specialOrder":false}]}""", "quantity")]
    [InlineData("""{"reason":"surplus-stock","lines":[{"partNumber":"PN-5101","quantity":1,"purchaseDate":"2026-10-01","unitPricePaid":350.001,"unused":true,"specialOrder":false}]}""", "unitPricePaid")]
    [InlineData("""{"reason":"surplus-stock","lines":[{"partNumber":"PN-5101","quantity":1,"purchaseDate":"2026-10-01","unitPricePaid":350.00,"specialOrder":false}]}""", "unused")]
    [InlineData("""{"reason":"surplus-stock","colour":"red","lines":[]}""", "colour")]
    [InlineData("""{"reason":"surplus-stock","lines":[{"partNumber":"PN-5101","quantity":"two"}]}""", "quantity")]
    public async Task BadRequest_Is400_NamingTheField(string body, string field)
    {
        var problem = await host.AsDealer("D1001").PostJsonAsync("/api/v1/returns", body).ExpectProblemAsync(HttpStatusCode.BadRequest);

        Assert.Contains(field, problem.ToJsonString(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task BadShipmentInspectionAndQuery_Are400_NamingTheField()
    {
        var id = await ReturnsApi.ApprovedReturnAsync(host, ReturnsApi.Request(host, discs: 0, filters: 1));
        var ct = TestContext.Current.CancellationToken;
        var dealer = host.AsDealer("D1001");

        Assert.Contains("trackingNumber", (await dealer.PostJsonAsync($"/api/v1/returns/{id}/shipment", """{"carrier":"SF"}""").ExpectProblemAsync(HttpStatusCode.BadRequest)).ToJsonString(), StringComparison.Ordinal);
        Assert.Contains("status", (await (await dealer.GetAsync("/api/v1/returns?status=Lost", ct)).ExpectProblemAsync(HttpStatusCode.BadRequest)).ToJsonString(), StringComparison.Ordinal);

        var manager = await host.AsStaffAsync(ReturnsApi.PartsManager);
        var problem = await (await manager.PutAsync($"/api/v1/returns/{id}/inspection", ReturnsApi.Json("""{"lines":[{"lineNumber":1}]}"""), ct)).ExpectProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("lines[0].acceptedQuantity", problem.ToJsonString(), StringComparison.Ordinal);

        // Quantities only while the goods wait for inspection.
        await (await manager.PutAsync($"/api/v1/returns/{id}/inspection", ReturnsApi.Json("""{"lines":[{"lineNumber":1,"acceptedQuantity":1}]}"""), ct)).ExpectProblemAsync(HttpStatusCode.Conflict);
    }
}
