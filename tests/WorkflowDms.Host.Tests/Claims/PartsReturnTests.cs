using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using WorkflowDms.Host.Tests.Infrastructure;

namespace WorkflowDms.Host.Tests.Claims;

/// <summary>
/// Old-part return (domain-reference W-52/W-53/W-56): the dealer ships, the warehouse receives, a reviewer
/// inspects; a part that never arrives or fails inspection charges the claim back.
/// </summary>
public sealed class PartsReturnTests(HostFixture host) : IClassFixture<HostFixture>
{
    [Fact]
    public async Task ReturnedPartAccepted_ClaimIsApprovedForPayment()
    {
        var claimId = await ApprovedConverterClaimAsync("RET-1");
        var dealer = host.AsDealer("D1001");

        var shipped = await dealer.PostJsonAsync($"/api/v1/claims/{claimId}/parts-shipment", """{"carrier":"SF Express","trackingNumber":"SF1234567890"}""").ExpectAsync(HttpStatusCode.OK);
        Assert.Equal("PartsReturnPending", shipped["status"]!.GetValue<string>());

        var reviewer = await host.AsStaffAsync("hq.reviewer@demo.local");
        await (await reviewer.PostAsync($"/api/v1/claims/{claimId}/parts-receipt", null, TestContext.Current.CancellationToken)).ExpectAsync(HttpStatusCode.OK);
        var inspection = await TaskForAsync(reviewer, claimId);
        Assert.Equal("inspectReturnedPart", inspection["elementId"]!.GetValue<string>());
        Assert.Contains("no-fault-found", inspection["allowedDecisions"]!.AsArray().Select(d => d!.GetValue<string>()));

        await (await reviewer.PostAsync($"/api/v1/tasks/{inspection["id"]}/complete", Json("""{"decision":"accepted"}"""), TestContext.Current.CancellationToken)).ExpectAsync(HttpStatusCode.OK);
        var claim = await (await dealer.GetAsync($"/api/v1/claims/{claimId}", TestContext.Current.CancellationToken)).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal("ApprovedForPayment", claim["status"]!.GetValue<string>());
    }

    /// <summary>W-56: each failed inspection charges the claim back with its own X12 reason.</summary>
    [Theory]
    [InlineData("damaged", "PD", "RET-2")]
    [InlineData("no-fault-found", "NDF", "RET-3")]
    [InlineData("missing", "PNR", "RET-5")]
    public async Task ReturnedPartFailsInspection_ClaimIsChargedBackWithTheInspectionReason(string inspectionResult, string reason, string number)
    {
        var claimId = await ApprovedConverterClaimAsync(number);
        await host.AsDealer("D1001").PostJsonAsync($"/api/v1/claims/{claimId}/parts-shipment", """{"trackingNumber":"SF2"}""").ExpectAsync(HttpStatusCode.OK);
        var reviewer = await host.AsStaffAsync("hq.reviewer@demo.local");
        await (await reviewer.PostAsync($"/api/v1/claims/{claimId}/parts-receipt", null, TestContext.Current.CancellationToken)).ExpectAsync(HttpStatusCode.OK);
        var inspection = await TaskForAsync(reviewer, claimId);

        await (await reviewer.PostAsync($"/api/v1/tasks/{inspection["id"]}/complete", Json($$"""{"decision":"{{inspectionResult}}","comment":"Checked on the bench"}"""), TestContext.Current.CancellationToken)).ExpectAsync(HttpStatusCode.OK);

        var claim = await (await reviewer.GetAsync($"/api/v1/claims/{claimId}", TestContext.Current.CancellationToken)).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal("Rejected", claim["status"]!.GetValue<string>());
        Assert.Equal(reason, claim["decisionReasonCode"]!.GetValue<string>());
        Assert.Contains("Checked on the bench", claim["decisionComment"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(0m, claim["approvedAmount"]!.GetValue<decimal>());

        // A charge-back is not appealable (W-60 covers rejections of the claim itself).
        var appeal = await host.AsDealer("D1001").PostJsonAsync($"/api/v1/claims/{claimId}/appeal", """{"reason":"The part was faulty"}""").ExpectProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Contains("charge-back", appeal.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PartsReceipt_BeforeShipment_Is409_AndShipmentNeedsTrackingNumber()
    {
        var claimId = await ApprovedConverterClaimAsync("RET-4");
        var reviewer = await host.AsStaffAsync("hq.reviewer@demo.local");
        await (await reviewer.PostAsync($"/api/v1/claims/{claimId}/parts-receipt", null, TestContext.Current.CancellationToken)).ExpectProblemAsync(HttpStatusCode.Conflict);

        var problem = await host.AsDealer("D1001").PostJsonAsync($"/api/v1/claims/{claimId}/parts-shipment", """{"carrier":"SF"}""").ExpectProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("trackingNumber", problem.ToJsonString(), StringComparison.Ordinal);
    }

    private Task<string> ApprovedConverterClaimAsync(string number) => ApprovedConverterClaimAsync(host, number);

    /// <summary>A catalytic-converter claim approved by the reviewer: it now waits for the old part.</summary>
    internal static async Task<string> ApprovedConverterClaimAsync(HostFixture host, string number)
    {
        var claim = await host.AsDealer("D1001").PostJsonAsync("/api/v1/claims", ApiClient.Serialize(DemoClaims.CatalyticConverter(number))).ExpectAsync(HttpStatusCode.Created);
        var claimId = claim["id"]!.GetValue<string>();
        var reviewer = await host.AsStaffAsync("hq.reviewer@demo.local");
        var review = await TaskForAsync(reviewer, claimId);
        await (await reviewer.PostAsync($"/api/v1/tasks/{review["id"]}/complete", Json("""{"decision":"approve"}"""), TestContext.Current.CancellationToken)).ExpectAsync(HttpStatusCode.OK);
        var approved = await (await reviewer.GetAsync($"/api/v1/claims/{claimId}", TestContext.Current.CancellationToken)).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal("PartsReturnPending", approved["status"]!.GetValue<string>());
        return claimId;
    }

    internal static async Task<JsonObject> TaskForAsync(HttpClient staff, string claimId)
    {
        var inbox = await (await staff.GetAsync("/api/v1/tasks?limit=200", TestContext.Current.CancellationToken)).ExpectAsync(HttpStatusCode.OK);
        return inbox["items"]!.AsArray().Single(t => t!["caseId"]!.GetValue<string>() == claimId)!.AsObject();
    }

    internal static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");
}
