using System.Net;
using System.Text.Json.Nodes;
using WorkflowDms.Host.Tests.Infrastructure;

namespace WorkflowDms.Host.Tests.Claims;

/// <summary>
/// Pre-authorisation (W-27…W-31): a claim above D1001's 10,000.00 threshold needs an approved, valid
/// pre-authorisation for the VIN within its authorised maximum; otherwise it is sent back with the reason.
/// </summary>
public sealed class PreAuthorizationTests(HostFixture host) : IClassFixture<HostFixture>
{
    internal const string Vin = "LSVAU2185N2100001";
    internal const string OtherVin = "LSVAU2180M2100003";

    [Fact]
    public async Task BigRepair_WithoutPreAuthorization_IsSentBack_WithOneItIsApprovedAutomatically()
    {
        var dealer = host.AsDealer("D1001");
        var claim = await host.SubmitAsync("D1001", ExhaustRebuild("PA-C1"));
        var claimId = claim["id"]!.GetValue<string>();
        Assert.Equal(10_440.00m, claim["totalAmount"]!.GetValue<decimal>());
        Assert.Equal("ReturnedToDealer", claim.Status());
        Assert.Equal("AC", claim["decisionReasonCode"]!.GetValue<string>());

        var pa = await RequestAsync(dealer, Vin, 10_500.00m);
        Assert.Equal("Submitted", pa["status"]!.GetValue<string>());
        Assert.StartsWith("PA-", pa["number"]!.GetValue<string>(), StringComparison.Ordinal);
        var reviewer = await host.AsStaffAsync("hq.reviewer@demo.local");
        var approved = await DecideAsync(reviewer, pa, """{"decision":"approve","authorizedMaxAmount":11000.00,"validUntil":"2026-12-23","comment":"ok"}""");
        Assert.Equal(("Approved", 11_000.00m), (approved["status"]!.GetValue<string>(), approved["authorizedMaxAmount"]!.GetValue<decimal>()));

        var resubmitted = await dealer.PostJsonAsync($"/api/v1/claims/{claimId}/resubmit", ApiClient.Serialize(ExhaustRebuild("PA-C1", approved["number"]!.GetValue<string>())))
            .ExpectAsync(HttpStatusCode.OK);

        // W-31: covered by the pre-authorisation, so no second review for the amount; the converter must come back (W-52).
        Assert.Equal("PartsReturnPending", resubmitted.Status());
        Assert.Equal(10_440.00m, resubmitted["approvedAmount"]!.GetValue<decimal>());
        Assert.Contains(resubmitted["ruleResults"]!["firedRules"]!.AsArray(), r => r!["rule"]!.GetValue<string>() == "W-31-matches-pre-authorization");

        // A second claim on the same pre-authorisation is sent back (already used).
        var reuse = await host.SubmitAsync("D1001", ExhaustRebuild("PA-C1B", approved["number"]!.GetValue<string>()));
        Assert.Equal(("ReturnedToDealer", "DC"), (reuse.Status(), reuse["decisionReasonCode"]!.GetValue<string>()));

        // The /decision route completed the review task: the same audit trail as a decision from the inbox.
        var audit = await host.AuditAsync($"pre-authorization:{pa["id"]}");
        Assert.Equal(["CaseCreated", "WorkflowStarted", "TaskCreated", "TaskCompleted", "CaseStatusChanged", "WorkflowCompleted"],
            audit.Select(e => e["action"]!.GetValue<string>()));
        Assert.Equal("approve", audit.Single(e => e["action"]!.GetValue<string>() == "CaseStatusChanged")["data"]!["step"]!.GetValue<string>());
    }

    [Fact]
    public async Task ReviewTask_InTheReviewersInboxOnly_ApprovedFromTheInbox_ThenAClaimOnItPasses()
    {
        var dealer = host.AsDealer("D1001");
        var pa = await RequestAsync(dealer, Vin, 10_500.00m);
        var id = pa["id"]!.GetValue<string>();
        var reviewer = await host.AsStaffAsync("hq.reviewer@demo.local");

        var task = (await WarrantyApi.TaskForAsync(reviewer, id))!;
        Assert.Equal(("reviewPreAuthorization", "pre-authorization-review", "pre-authorization"),
            (task["elementId"]!.GetValue<string>(), task["formKey"]!.GetValue<string>(), task["caseType"]!.GetValue<string>()));
        Assert.Equal(pa["number"]!.GetValue<string>(), task["caseNumber"]!.GetValue<string>());
        Assert.Equal(["warranty-reviewers"], task["candidateGroups"]!.AsArray().Select(g => g!.GetValue<string>()));
        Assert.Equal(["approve", "reject", "send-back"], task["allowedDecisions"]!.AsArray().Select(d => d!.GetValue<string>()));
        Assert.Equal(HostFixture.Today.UtcDateTime.AddDays(2), task["dueAt"]!.GetValue<DateTime>().ToUniversalTime());
        Assert.Null(await WarrantyApi.TaskForAsync(await host.AsStaffAsync("hq.supervisor@demo.local"), id));

        // A reviewer of another branch neither lists, reads nor decides it.
        var otherBranch = await host.AsStaffAsync("b21.reviewer@demo.local");
        Assert.Null(await WarrantyApi.TaskForAsync(otherBranch, id));
        await (await otherBranch.GetAsync($"/api/v1/tasks/{task["id"]}", TestContext.Current.CancellationToken)).ExpectProblemAsync(HttpStatusCode.NotFound);
        await otherBranch.PostJsonAsync($"/api/v1/tasks/{task["id"]}/complete", """{"decision":"approve","approvedAmount":11000.00,"validUntil":"2026-12-23"}""")
            .ExpectProblemAsync(HttpStatusCode.NotFound);

        var noAmount = await reviewer.PostJsonAsync($"/api/v1/tasks/{task["id"]}/complete", """{"decision":"approve","validUntil":"2026-12-23"}""").ExpectProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal("approvedAmount", Field(noAmount));
        var noValidity = await reviewer.PostJsonAsync($"/api/v1/tasks/{task["id"]}/complete", """{"decision":"approve","approvedAmount":11000.00}""").ExpectProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal("validUntil", Field(noValidity));
        var badAmount = await reviewer.PostJsonAsync($"/api/v1/tasks/{task["id"]}/complete", """{"decision":"approve","approvedAmount":0.001,"validUntil":"2026-12-23"}""").ExpectProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal("approvedAmount", Field(badAmount));
        Assert.Equal("Submitted", (await GetAsync(dealer, id))["status"]!.GetValue<string>());

        await WarrantyApi.CompleteAsync(reviewer, task, """{"decision":"approve","approvedAmount":11000.00,"validUntil":"2026-12-23","comment":"converter and manifold"}""");
        var approved = await GetAsync(dealer, id);
        Assert.Equal(("Approved", 11_000.00m, "converter and manifold"),
            (approved["status"]!.GetValue<string>(), approved["authorizedMaxAmount"]!.GetValue<decimal>(), approved["decisionComment"]!.GetValue<string>()));
        Assert.Null(await WarrantyApi.TaskForAsync(reviewer, id));

        var claim = await host.SubmitAsync("D1001", ExhaustRebuild("PA-IN1", approved["number"]!.GetValue<string>()));
        Assert.Equal("PartsReturnPending", claim.Status());
        Assert.Contains(Fired(claim), n => n == "W-31-matches-pre-authorization");
    }

    [Fact]
    public async Task Reject_FromTheInbox_NeedsAReasonAndNoAmount_AndAClaimOnItIsSentBack()
    {
        var dealer = host.AsDealer("D1001");
        var pa = await RequestAsync(dealer, Vin, 10_900.00m);
        var id = pa["id"]!.GetValue<string>();
        var reviewer = await host.AsStaffAsync("hq.reviewer@demo.local");
        var task = (await WarrantyApi.TaskForAsync(reviewer, id))!;

        var noReason = await reviewer.PostJsonAsync($"/api/v1/tasks/{task["id"]}/complete", """{"decision":"reject"}""").ExpectProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal("reasonCode", Field(noReason));
        var withAmount = await reviewer.PostJsonAsync($"/api/v1/tasks/{task["id"]}/complete", """{"decision":"reject","reasonCode":"NEW","approvedAmount":100}""").ExpectProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal("approvedAmount", Field(withAmount));

        await WarrantyApi.CompleteAsync(reviewer, task, """{"decision":"reject","reasonCode":"NEW","comment":"wear, not a defect"}""");
        var rejected = await GetAsync(dealer, id);
        Assert.Equal(("Rejected", "NEW"), (rejected["status"]!.GetValue<string>(), rejected["decisionReasonCode"]!.GetValue<string>()));
        await reviewer.PostJsonAsync($"/api/v1/tasks/{task["id"]}/complete", """{"decision":"reject","reasonCode":"NEW"}""").ExpectProblemAsync(HttpStatusCode.Conflict);
        await DecideAsync(reviewer, rejected, """{"decision":"approve","authorizedMaxAmount":11000.00,"validUntil":"2026-12-23"}""", HttpStatusCode.Conflict);

        var claim = await host.SubmitAsync("D1001", ExhaustRebuild("PA-IN2", rejected["number"]!.GetValue<string>()));
        Assert.Equal("ReturnedToDealer", claim.Status());
        Assert.Contains(Fired(claim), n => n == "W-27-pre-authorization-not-approved");

        var steps = (await host.AuditAsync($"pre-authorization:{id}"))
            .Where(e => e["action"]!.GetValue<string>() == "CaseStatusChanged").Select(e => e["data"]!["step"]!.GetValue<string>());
        Assert.Equal(["reject"], steps);
    }

    [Fact]
    public async Task ApprovedAmount_OnAnotherForm_IsRefused()
    {
        var claim = await host.SubmitAsync("D1001", DemoClaims.CatalyticConverter("PA-FORM-1"));
        var reviewer = await host.AsStaffAsync("hq.reviewer@demo.local");
        var review = (await WarrantyApi.TaskForAsync(reviewer, claim["id"]!.GetValue<string>()))!;
        Assert.Equal("claim-review", review["formKey"]!.GetValue<string>());

        var refused = await reviewer.PostJsonAsync($"/api/v1/tasks/{review["id"]}/complete", """{"decision":"approve","approvedAmount":100}""").ExpectProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal("approvedAmount", Field(refused));
        Assert.Equal("PendingReview", (await host.AsDealer("D1001").ClaimAsync(claim["id"]!.GetValue<string>())).Status());
    }

    [Fact]
    public async Task PreAuthorization_ForAnotherVin_OrBelowTheClaim_IsSentBackWithTheReason()
    {
        var dealer = host.AsDealer("D1001");
        var reviewer = await host.AsStaffAsync("hq.reviewer@demo.local");
        var otherVin = await DecideAsync(reviewer, await RequestAsync(dealer, OtherVin, 10_500.00m), """{"decision":"approve","authorizedMaxAmount":11000.00,"validUntil":"2026-12-23"}""");
        var tooSmall = await DecideAsync(reviewer, await RequestAsync(dealer, Vin, 10_500.00m), """{"decision":"approve","authorizedMaxAmount":10000.00,"validUntil":"2026-12-23"}""");

        var wrongVin = await host.SubmitAsync("D1001", ExhaustRebuild("PA-C2", otherVin["number"]!.GetValue<string>()));
        Assert.Equal("ReturnedToDealer", wrongVin.Status());
        Assert.Contains(Fired(wrongVin), n => n == "W-27-pre-authorization-other-vin");

        var aboveMax = await host.SubmitAsync("D1001", ExhaustRebuild("PA-C3", tooSmall["number"]!.GetValue<string>()));
        Assert.Equal(("ReturnedToDealer", "AC"), (aboveMax.Status(), aboveMax["decisionReasonCode"]!.GetValue<string>()));
        Assert.Contains(Fired(aboveMax), n => n == "W-30-amount-above-authorized");

        var unknown = await host.SubmitAsync("D1001", ExhaustRebuild("PA-C4", "PA-000000-NOPE"));
        Assert.Contains(Fired(unknown), n => n == "W-27-pre-authorization-not-approved");
    }

    [Fact]
    public async Task Reviewer_SendsBack_DealerResubmits_ThenRejects_AndARejectedOneDoesNotCount()
    {
        var dealer = host.AsDealer("D1001");
        var reviewer = await host.AsStaffAsync("hq.reviewer@demo.local");
        var pa = await RequestAsync(dealer, Vin, 12_000.00m);

        var sentBack = await DecideAsync(reviewer, pa, """{"decision":"send-back","reasonCode":"IIS","comment":"photos of the manifold please"}""");
        Assert.Equal(("SentBack", "IIS"), (sentBack["status"]!.GetValue<string>(), sentBack["decisionReasonCode"]!.GetValue<string>()));
        await DecideAsync(reviewer, pa, """{"decision":"approve","authorizedMaxAmount":1,"validUntil":"2026-12-23"}""", HttpStatusCode.Conflict);

        var again = await dealer.PostJsonAsync($"/api/v1/pre-authorizations/{pa["id"]}/resubmit", Body(Vin, 11_800.00m)).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(("Submitted", 2), (again["status"]!.GetValue<string>(), again["submissionCount"]!.GetValue<int>()));

        var rejected = await DecideAsync(reviewer, pa, """{"decision":"reject","reasonCode":"NEW","comment":"wear, not a defect"}""");
        Assert.Equal("Rejected", rejected["status"]!.GetValue<string>());

        var claim = await host.SubmitAsync("D1001", ExhaustRebuild("PA-C5", rejected["number"]!.GetValue<string>()));
        Assert.Contains(Fired(claim), n => n == "W-27-pre-authorization-not-approved");
    }

    [Fact]
    public async Task BadInput_WrongGroup_AndOtherScopes_AreRefused()
    {
        var dealer = host.AsDealer("D1001");
        var missing = await dealer.PostJsonAsync("/api/v1/pre-authorizations", """{"vin":"LSVAU2185N2100001","faultCode":"F-EX-001","description":"x","plannedLines":[]}""").ExpectProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("estimatedAmount", missing.ToJsonString(), StringComparison.Ordinal);
        Assert.Contains("plannedLines", missing.ToJsonString(), StringComparison.Ordinal);

        var pa = await RequestAsync(dealer, Vin, 10_500.00m);
        var reviewer = await host.AsStaffAsync("hq.reviewer@demo.local");
        var noAmount = await reviewer.PostJsonAsync($"/api/v1/pre-authorizations/{pa["id"]}/decision", """{"decision":"approve","validUntil":"2026-12-23"}""").ExpectProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("authorizedMaxAmount", noAmount.ToJsonString(), StringComparison.Ordinal);
        var past = await reviewer.PostJsonAsync($"/api/v1/pre-authorizations/{pa["id"]}/decision", """{"decision":"approve","authorizedMaxAmount":100,"validUntil":"2026-01-01"}""").ExpectProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Contains("invalid-validity", past.ToJsonString(), StringComparison.Ordinal);

        var analyst = await host.AsStaffAsync("analyst@demo.local");
        Assert.Equal(HttpStatusCode.Forbidden, (await analyst.PostJsonAsync($"/api/v1/pre-authorizations/{pa["id"]}/decision", """{"decision":"reject","reasonCode":"NEW"}""")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await dealer.PostJsonAsync($"/api/v1/pre-authorizations/{pa["id"]}/decision", """{"decision":"reject","reasonCode":"NEW"}""")).StatusCode);

        // Isolation: another dealer and a reviewer of another branch see nothing; an unknown id is the same 404.
        var stranger = host.AsDealer("D2001");
        await (await stranger.GetAsync($"/api/v1/pre-authorizations/{pa["id"]}", TestContext.Current.CancellationToken)).ExpectProblemAsync(HttpStatusCode.NotFound);
        await stranger.PostJsonAsync($"/api/v1/pre-authorizations/{pa["id"]}/resubmit", Body(Vin, 1m)).ExpectProblemAsync(HttpStatusCode.NotFound);
        var otherBranch = await host.AsStaffAsync("b21.reviewer@demo.local");
        await otherBranch.PostJsonAsync($"/api/v1/pre-authorizations/{pa["id"]}/decision", """{"decision":"reject","reasonCode":"NEW"}""").ExpectProblemAsync(HttpStatusCode.NotFound);
        await (await otherBranch.GetAsync($"/api/v1/pre-authorizations/{pa["id"]}", TestContext.Current.CancellationToken)).ExpectProblemAsync(HttpStatusCode.NotFound);
        await (await dealer.GetAsync($"/api/v1/pre-authorizations/{Guid.NewGuid()}", TestContext.Current.CancellationToken)).ExpectProblemAsync(HttpStatusCode.NotFound);
        Assert.Empty(await stranger.GetAsync("/api/v1/pre-authorizations", TestContext.Current.CancellationToken).ArrayAsync(HttpStatusCode.OK));
        Assert.Empty(await otherBranch.GetAsync("/api/v1/pre-authorizations", TestContext.Current.CancellationToken).ArrayAsync(HttpStatusCode.OK));
        Assert.Contains(await dealer.GetAsync("/api/v1/pre-authorizations?status=Submitted", TestContext.Current.CancellationToken).ArrayAsync(HttpStatusCode.OK),
            p => p!["id"]!.GetValue<string>() == pa["id"]!.GetValue<string>());
    }

    internal static async Task<JsonObject> GetAsync(HttpClient client, string id) =>
        await (await client.GetAsync($"/api/v1/pre-authorizations/{id}", TestContext.Current.CancellationToken)).ExpectAsync(HttpStatusCode.OK);

    private static string Field(JsonObject problem) => problem["field"]!.GetValue<string>();

    internal static IEnumerable<string> Fired(JsonObject claim) =>
        claim["ruleResults"]!["firedRules"]!.AsArray().Select(r => r!["rule"]!.GetValue<string>());

    internal static string Body(string vin, decimal estimate) => ApiClient.Serialize(new
    {
        vin,
        faultCode = "F-EX-001",
        description = "Catalytic converter and exhaust manifold machining",
        estimatedAmount = estimate,
        plannedLines = new object[]
        {
            new { type = "labor", operationCode = "LOP-ENG-010", hours = 2.0m },
            new { type = "part", partNumber = "PN-1001", quantity = 1 },
            new { type = "sublet", description = "Manifold machining", amount = 6_000.00m },
        },
    });

    internal static async Task<JsonObject> RequestAsync(HttpClient dealer, string vin, decimal estimate) =>
        await dealer.PostJsonAsync("/api/v1/pre-authorizations", Body(vin, estimate)).ExpectAsync(HttpStatusCode.Created);

    internal static async Task<JsonObject> DecideAsync(HttpClient staff, JsonObject pa, string body, HttpStatusCode status = HttpStatusCode.OK) =>
        status == HttpStatusCode.OK
            ? await staff.PostJsonAsync($"/api/v1/pre-authorizations/{pa["id"]}/decision", body).ExpectAsync(status)
            : await staff.PostJsonAsync($"/api/v1/pre-authorizations/{pa["id"]}/decision", body).ExpectProblemAsync(status);

    /// <summary>Converter (4,200.00) + 2 h labour (240.00) + 6,000.00 sublet machining = 10,440.00, repaired today.</summary>
    internal static object ExhaustRebuild(string number, string? preAuthorizationNumber = null, string repairDate = "2026-11-23") => new
    {
        dealerClaimNumber = number,
        vin = Vin,
        repairOrderNumber = "RO-" + number,
        repairDate,
        mileageKm = 24_500,
        faultCode = "F-EX-001",
        causalPartNumber = "PN-1001",
        preAuthorizationNumber,
        lines = new object[]
        {
            new { type = "labor", operationCode = "LOP-ENG-010", hours = 2.0m },
            new { type = "part", partNumber = "PN-1001", quantity = 1 },
            new { type = "sublet", description = "Manifold machining", amount = 6_000.00m },
        },
    };
}
