using System.Net;
using System.Text.Json.Nodes;
using WorkflowDms.Host.Tests.Infrastructure;

namespace WorkflowDms.Host.Tests.Claims;

/// <summary>The README's demo walkthrough, over HTTP, against the real host and the shipped workflow and rules.</summary>
public sealed class ClaimWalkthroughTests(HostFixture host) : IClassFixture<HostFixture>
{
    [Fact]
    public async Task Submit_WiperClaimWithinLimits_IsApprovedWithoutTask()
    {
        var dealer = host.AsDealer("D1001");
        var claim = await dealer.PostJsonAsync("/api/v1/claims", ApiClient.Serialize(DemoClaims.Wiper("WIPER-1"))).ExpectAsync(HttpStatusCode.Created);

        Assert.Contains(claim["status"]!.GetValue<string>(), new[] { "Approved", "ApprovedForPayment" });
        Assert.Equal(116.00m, claim["totalAmount"]!.GetValue<decimal>());
        Assert.Equal("auto-pass", claim["ruleResults"]!["decision"]!.GetValue<string>());

        var reviewer = await host.AsStaffAsync("hq.reviewer@demo.local");
        var inbox = await (await reviewer.GetAsync("/api/v1/tasks", TestContext.Current.CancellationToken)).ExpectAsync(HttpStatusCode.OK);
        Assert.DoesNotContain(inbox["items"]!.AsArray(), t => t!["caseId"]!.GetValue<string>() == claim["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task Submit_VehicleOutOfCoverage_IsRejectedWithExpiredWarrantyReason()
    {
        var dealer = host.AsDealer("D1001");
        var claim = await dealer.PostJsonAsync("/api/v1/claims", ApiClient.Serialize(DemoClaims.Wiper("OLD-1", vin: "LSVAU2187N2100002"))).ExpectAsync(HttpStatusCode.Created);

        Assert.Equal("Rejected", claim["status"]!.GetValue<string>());
        Assert.Equal("EW", claim["decisionReasonCode"]!.GetValue<string>());
        Assert.Contains(claim["ruleResults"]!["firedRules"]!.AsArray(), r => r!["reasonCode"]!.GetValue<string>() == "EW");
    }

    [Fact]
    public async Task Submit_ExcessHoursWithoutComment_IsReturnedThenResubmittedWithCommentGoesToReview()
    {
        var dealer = host.AsDealer("D1001");
        var claim = await dealer.PostJsonAsync("/api/v1/claims", ApiClient.Serialize(DemoClaims.CatalyticConverter("HOURS-1", hours: 3.5m))).ExpectAsync(HttpStatusCode.Created);
        Assert.Equal("ReturnedToDealer", claim["status"]!.GetValue<string>());
        Assert.Equal("ELH", claim["decisionReasonCode"]!.GetValue<string>());

        var id = claim["id"]!.GetValue<string>();
        var corrected = ApiClient.Serialize(DemoClaims.CatalyticConverter("HOURS-1", hours: 3.5m, comment: "Seized heat-shield bolts had to be drilled out."));
        var resubmitted = await dealer.PostJsonAsync($"/api/v1/claims/{id}/resubmit", corrected).ExpectAsync(HttpStatusCode.OK);

        Assert.Equal("PendingReview", resubmitted["status"]!.GetValue<string>());
        Assert.Equal(2, resubmitted["submissionCount"]!.GetValue<int>());
        Assert.Equal("route", resubmitted["ruleResults"]!["decision"]!.GetValue<string>());
    }

    [Fact]
    public async Task CatalyticConverterClaim_GoesToHqReviewerNotOtherBranch_ApprovalMovesItOn_SecondCompletionConflicts()
    {
        var dealer = host.AsDealer("D1001");
        var claim = await dealer.PostJsonAsync("/api/v1/claims", ApiClient.Serialize(DemoClaims.CatalyticConverter("CAT-1"))).ExpectAsync(HttpStatusCode.Created);
        Assert.Equal("PendingReview", claim["status"]!.GetValue<string>());
        var claimId = claim["id"]!.GetValue<string>();

        var hqReviewer = await host.AsStaffAsync("hq.reviewer@demo.local");
        var task = await FindTaskAsync(hqReviewer, claimId);
        Assert.NotNull(task);
        Assert.Equal("claim", task["caseType"]!.GetValue<string>());
        Assert.Equal("reviewClaim", task["elementId"]!.GetValue<string>());

        var otherBranch = await host.AsStaffAsync("b21.reviewer@demo.local");
        Assert.Null(await FindTaskAsync(otherBranch, claimId));
        var taskId = task["id"]!.GetValue<string>();
        await (await otherBranch.PostAsync($"/api/v1/tasks/{taskId}/complete", Json("""{"decision":"approve"}"""), TestContext.Current.CancellationToken)).ExpectProblemAsync(HttpStatusCode.NotFound);

        await (await hqReviewer.PostAsync($"/api/v1/tasks/{taskId}/claim", null, TestContext.Current.CancellationToken)).ExpectAsync(HttpStatusCode.OK);
        var completed = await (await hqReviewer.PostAsync($"/api/v1/tasks/{taskId}/complete", Json("""{"decision":"approve","comment":"Converter failure confirmed by diagnostics."}"""), TestContext.Current.CancellationToken)).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal("Completed", completed["status"]!.GetValue<string>());

        var after = await (await dealer.GetAsync($"/api/v1/claims/{claimId}", TestContext.Current.CancellationToken)).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal("PartsReturnPending", after["status"]!.GetValue<string>()); // PN-1001 is returnable
        Assert.Equal(4440.00m, after["approvedAmount"]!.GetValue<decimal>());

        await (await hqReviewer.PostAsync($"/api/v1/tasks/{taskId}/complete", Json("""{"decision":"approve"}"""), TestContext.Current.CancellationToken)).ExpectProblemAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task AuditTrail_ListsTheStepsOfAClaim_AndTheChainVerifies()
    {
        var dealer = host.AsDealer("D1001");
        var claim = await dealer.PostJsonAsync("/api/v1/claims", ApiClient.Serialize(DemoClaims.Wiper("AUDIT-1"))).ExpectAsync(HttpStatusCode.Created);
        var id = claim["id"]!.GetValue<string>();

        var admin = await host.AsStaffAsync("admin@demo.local");
        var response = await admin.GetAsync($"/api/v1/audit?subject=claim:{id}", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var actions = JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!.AsArray().Select(e => e!["action"]!.GetValue<string>()).ToList();
        Assert.Equal("ClaimSubmitted", actions[0]);
        Assert.Contains("WorkflowStarted", actions);
        Assert.Contains("RulesEvaluated", actions);
        Assert.Contains("ClaimStatusChanged", actions);

        var verify = await (await admin.GetAsync("/api/v1/audit/verify", TestContext.Current.CancellationToken)).ExpectAsync(HttpStatusCode.OK);
        Assert.True(verify["valid"]!.GetValue<bool>());
        Assert.True(verify["entries"]!.GetValue<long>() >= actions.Count);
    }

    private static StringContent Json(string json) => new(json, System.Text.Encoding.UTF8, "application/json");

    private static async Task<JsonObject?> FindTaskAsync(HttpClient staff, string claimId)
    {
        var inbox = await (await staff.GetAsync("/api/v1/tasks?limit=200", TestContext.Current.CancellationToken)).ExpectAsync(HttpStatusCode.OK);
        return inbox["items"]!.AsArray().FirstOrDefault(t => t!["caseId"]!.GetValue<string>() == claimId)?.AsObject();
    }
}
