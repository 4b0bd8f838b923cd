using System.Net;
using System.Text.Json.Nodes;
using WorkflowDms.Host.Tests.Infrastructure;

namespace WorkflowDms.Host.Tests.Returns;

/// <summary>
/// The returns lifecycle over the API (domain-reference §2.6): request → eligibility → approval (RMA) → return
/// order → shipment → receipt into returns stock → inspection → credit note → closed, and its exceptions.
/// </summary>
public sealed class ReturnWalkthroughTests(HostFixture host) : IClassFixture<HostFixture>
{
    [Fact]
    public async Task MainPath_EndsClosed_WithACreditNoteOfAcceptedValueMinusRestockingFee()
    {
        var dealer = host.AsDealer("D1001");
        var created = await dealer.RequestAsync(ReturnsApi.Request(host));
        var id = created["id"]!.GetValue<string>();
        Assert.Equal("Requested", created["status"]!.GetValue<string>());
        Assert.Equal(880.00m, created["totalAmount"]!.GetValue<decimal>());
        Assert.Equal(15, created["restockingFeePercent"]!.GetValue<int>());
        Assert.Equal("adjust", created["ruleResults"]!["decision"]!.GetValue<string>());

        var manager = await host.AsStaffAsync(ReturnsApi.PartsManager);
        var approval = await manager.TaskForAsync(id);
        Assert.NotNull(approval);
        Assert.Equal("approveReturn", approval["elementId"]!.GetValue<string>());
        Assert.Equal(["approve", "reject"], approval["allowedDecisions"]!.AsArray().Select(d => d!.GetValue<string>()));
        Assert.Equal(host.Clock.GetUtcNow().UtcDateTime.AddDays(2), approval["dueAt"]!.GetValue<DateTime>());
        await manager.CompleteAsync(approval, """{"decision":"approve"}""");

        var approved = await dealer.GetReturnAsync(id);
        Assert.Equal("ReturnOrderCreated", approved["status"]!.GetValue<string>());
        Assert.StartsWith("RMA-", approved["rmaNumber"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(host.Clock.GetUtcNow().UtcDateTime.AddDays(60), approved["rmaExpiresAt"]!.GetValue<DateTime>());
        Assert.True(approved["billingBlocked"]!.GetValue<bool>());

        var shipped = await dealer.PostJsonAsync($"/api/v1/returns/{id}/shipment", """{"carrier":"SF Express","trackingNumber":"SF9876543210"}""").ExpectAsync(HttpStatusCode.OK);
        Assert.Equal("Shipped", shipped["status"]!.GetValue<string>());
        Assert.Equal("SF9876543210", shipped["trackingNumber"]!.GetValue<string>());

        var received = await (await manager.PostAsync($"/api/v1/returns/{id}/receipt", null, TestContext.Current.CancellationToken)).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal("Received", received["status"]!.GetValue<string>());
        Assert.Equal("returns-blocked", received["stockLocation"]!.GetValue<string>());

        var inspection = await manager.TaskForAsync(id);
        Assert.NotNull(inspection);
        Assert.Equal("inspectReturn", inspection["elementId"]!.GetValue<string>());
        await manager.CompleteAsync(inspection, """{"decision":"accepted","comment":"All sealed"}""");

        var closed = await dealer.GetReturnAsync(id);
        Assert.Equal("Closed", closed["status"]!.GetValue<string>());
        Assert.Equal("accepted", closed["inspectionResult"]!.GetValue<string>());
        Assert.Equal(880.00m, closed["acceptedAmount"]!.GetValue<decimal>());
        Assert.Equal(132.00m, closed["restockingFee"]!.GetValue<decimal>());
        Assert.Equal(748.00m, closed["creditAmount"]!.GetValue<decimal>());
        Assert.StartsWith("CN-", closed["creditNoteNumber"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.False(closed["billingBlocked"]!.GetValue<bool>());
        Assert.Null(await manager.TaskForAsync(id));

        // The credit note reduced the dealer's receivables on its credit account by exactly the credit.
        var postings = JsonNode.Parse(await (await dealer.GetAsync("/api/v1/credit/accounts/D1001/postings", TestContext.Current.CancellationToken)).Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!;
        var items = postings is JsonArray array ? array : postings["items"]!.AsArray();
        var creditNote = Assert.Single(items, p => p!["reference"]!.GetValue<string>() == $"return:{id}")!;
        Assert.Equal("credit-note", creditNote["kind"]!.GetValue<string>());
        Assert.Equal(-748.00m, creditNote["receivables"]!.GetValue<decimal>());

        var audit = await ReturnsApi.AuditActionsAsync(host, id);
        Assert.Equal("CaseCreated", audit[0]);
        Assert.Contains("RulesEvaluated", audit);
        Assert.Contains("LedgerPosted", audit);
        string[] statuses = ["ReturnOrderCreated", "Approved", "Shipped", "Received", "Inspected", "CreditNoteIssued", "Closed"];
        Assert.All(statuses, s => Assert.Contains("CaseStatusChanged:" + s, audit));
    }

    [Fact]
    public async Task PartialAcceptance_CreditsOnlyTheAcceptedQuantities()
    {
        var id = await ReturnsApi.ReceivedReturnAsync(host);
        var manager = await host.AsStaffAsync(ReturnsApi.PartsManager);
        var inspection = await manager.TaskForAsync(id);
        Assert.NotNull(inspection);

        // Without recorded quantities a partial acceptance cannot be credited: the inspection opens again.
        await manager.CompleteAsync(inspection, """{"decision":"partially-accepted"}""");
        Assert.Equal("Received", (await manager.GetReturnAsync(id))["status"]!.GetValue<string>());
        var again = await manager.TaskForAsync(id);
        Assert.NotNull(again);
        Assert.NotEqual(inspection["id"]!.GetValue<string>(), again["id"]!.GetValue<string>());
        inspection = again;

        var sheet = await (await manager.PutAsync($"/api/v1/returns/{id}/inspection", ReturnsApi.Json("""{"lines":[{"lineNumber":1,"acceptedQuantity":1},{"lineNumber":2,"acceptedQuantity":4}]}"""), TestContext.Current.CancellationToken))
            .ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(1, sheet["lines"]![0]!["acceptedQuantity"]!.GetValue<int>());
        await manager.CompleteAsync(inspection, """{"decision":"partially-accepted","comment":"One disc scratched"}""");

        var closed = await host.AsDealer("D1001").GetReturnAsync(id);
        Assert.Equal("Closed", closed["status"]!.GetValue<string>());
        Assert.Equal("partially-accepted", closed["inspectionResult"]!.GetValue<string>());
        Assert.Equal(530.00m, closed["acceptedAmount"]!.GetValue<decimal>());
        Assert.Equal(79.50m, closed["restockingFee"]!.GetValue<decimal>());
        Assert.Equal(450.50m, closed["creditAmount"]!.GetValue<decimal>());
    }

    [Fact]
    public async Task InspectionRejected_RejectsTheReturn_WithoutCredit()
    {
        var id = await ReturnsApi.ReceivedReturnAsync(host);
        var manager = await host.AsStaffAsync(ReturnsApi.PartsManager);
        var inspection = await manager.TaskForAsync(id);
        Assert.NotNull(inspection);

        await manager.CompleteAsync(inspection, """{"decision":"rejected","reasonCode":"UPR","comment":"All parts show fitting marks"}""");

        var rejected = await host.AsDealer("D1001").GetReturnAsync(id);
        Assert.Equal("Rejected", rejected["status"]!.GetValue<string>());
        Assert.Equal("UPR", rejected["decisionReasonCode"]!.GetValue<string>());
        Assert.Equal(0m, rejected["creditAmount"]!.GetValue<decimal>());
        Assert.Null(rejected["creditNoteNumber"]);
    }

    [Fact]
    public async Task ManagerRejects_ReturnIsRejected_WithTheReason()
    {
        var created = await host.AsDealer("D1001").RequestAsync(ReturnsApi.Request(host, discs: 1, filters: 0));
        var id = created["id"]!.GetValue<string>();
        var manager = await host.AsStaffAsync(ReturnsApi.PartsManager);
        var approval = await manager.TaskForAsync(id);
        Assert.NotNull(approval);

        await manager.CompleteAsync(approval, """{"decision":"reject","reasonCode":"NRL","comment":"Superseded by PN-5111"}""");

        var rejected = await host.AsDealer("D1001").GetReturnAsync(id);
        Assert.Equal("Rejected", rejected["status"]!.GetValue<string>());
        Assert.Equal("NRL", rejected["decisionReasonCode"]!.GetValue<string>());
        Assert.Equal("Superseded by PN-5111", rejected["decisionComment"]!.GetValue<string>());
        Assert.Null(rejected["rmaNumber"]);
        Assert.Contains("CaseStatusChanged:Rejected", await ReturnsApi.AuditActionsAsync(host, id));
    }

    [Fact]
    public async Task UsedPart_IsRejectedByTheRules_WithoutATask()
    {
        var created = await host.AsDealer("D1001").RequestAsync(ReturnsApi.Request(host, unused: false));
        var id = created["id"]!.GetValue<string>();

        Assert.Equal("Rejected", created["status"]!.GetValue<string>());
        Assert.Equal("UPR", created["decisionReasonCode"]!.GetValue<string>());
        Assert.Contains("RT-03-part-used", created["ruleResults"]!["firedRules"]!.AsArray().Select(r => r!["rule"]!.GetValue<string>()));
        Assert.Null(await (await host.AsStaffAsync(ReturnsApi.PartsManager)).TaskForAsync(id));
    }

    [Fact]
    public async Task OverAnnualQuota_IsBlocked()
    {
        // D1002 bought 20,000.00 in the prior 12 months: its surplus-return quota is 2,000.00 (RT-08).
        var created = await host.AsDealer("D1002").RequestAsync(ReturnsApi.Request(host, discs: 9, filters: 0));

        Assert.Equal("Rejected", created["status"]!.GetValue<string>());
        Assert.Equal("QTA", created["decisionReasonCode"]!.GetValue<string>());
        Assert.Equal("block", created["ruleResults"]!["decision"]!.GetValue<string>());
    }

    [Fact]
    public async Task ShipmentWithoutApprovedRma_IsRefused()
    {
        var created = await host.AsDealer("D1001").RequestAsync(ReturnsApi.Request(host, discs: 1, filters: 1));
        var id = created["id"]!.GetValue<string>();

        var problem = await host.AsDealer("D1001").PostJsonAsync($"/api/v1/returns/{id}/shipment", """{"trackingNumber":"SF-EARLY"}""").ExpectProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Contains("rma-required", problem.ToJsonString(), StringComparison.Ordinal);

        var manager = await host.AsStaffAsync(ReturnsApi.PartsManager);
        await (await manager.PostAsync($"/api/v1/returns/{id}/receipt", null, TestContext.Current.CancellationToken)).ExpectProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("Requested", (await host.AsDealer("D1001").GetReturnAsync(id))["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task DealerCancels_BeforeApproval_AndAfterTheRma_ButNotOnceShipped()
    {
        var dealer = host.AsDealer("D1001");
        var pending = (await dealer.RequestAsync(ReturnsApi.Request(host, discs: 1, filters: 0)))["id"]!.GetValue<string>();
        var cancelled = await dealer.PostJsonAsync($"/api/v1/returns/{pending}/cancel", """{"comment":"Sold after all"}""").ExpectAsync(HttpStatusCode.OK);
        Assert.Equal("Cancelled", (await dealer.GetReturnAsync(pending))["status"]!.GetValue<string>());
        Assert.Null(await (await host.AsStaffAsync(ReturnsApi.PartsManager)).TaskForAsync(pending));
        Assert.NotNull(cancelled);

        var approved = await ReturnsApi.ApprovedReturnAsync(host, ReturnsApi.Request(host, discs: 0, filters: 1));
        await dealer.PostJsonAsync($"/api/v1/returns/{approved}/cancel", "{}").ExpectAsync(HttpStatusCode.OK);
        Assert.Equal("Cancelled", (await dealer.GetReturnAsync(approved))["status"]!.GetValue<string>());

        var received = await ReturnsApi.ReceivedReturnAsync(host, ReturnsApi.Request(host, discs: 0, filters: 2));
        await dealer.PostJsonAsync($"/api/v1/returns/{received}/cancel", "{}").ExpectProblemAsync(HttpStatusCode.Conflict);
    }
}
