using System.Net;
using WorkflowDms.Host.Tests.Infrastructure;

namespace WorkflowDms.Host.Tests.Claims;

/// <summary>
/// W-60: a rejected claim may be appealed once, to a supervisor, whose decision is final. W-37/W-38: free
/// maintenance (首保) is paid by the configured fee per model group and visit, once per visit and VIN.
/// </summary>
public sealed class AppealAndMaintenanceTests(HostFixture host) : IClassFixture<HostFixture>
{
    /// <summary>In service 2021-01-15 with 36 months: every repair now is outside coverage (EW).</summary>
    private const string ExpiredVin = "LSVAU2187N2100002";

    [Fact]
    public async Task RejectedClaim_Appealed_SupervisorApproves_ItGoesToPayment()
    {
        var dealer = host.AsDealer("D1001");
        var claim = await host.SubmitAsync("D1001", WarrantyApi.Wiper("AP-1", ExpiredVin, 98_000));
        var claimId = claim["id"]!.GetValue<string>();
        Assert.Equal(("Rejected", "EW"), (claim.Status(), claim["decisionReasonCode"]!.GetValue<string>()));

        var appealed = await dealer.PostJsonAsync($"/api/v1/claims/{claimId}/appeal", """{"reason":"Goodwill: the wiper arm was replaced under a campaign"}""").ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(("PendingReview", 1), (appealed.Status(), appealed["appealCount"]!.GetValue<int>()));
        Assert.Null(appealed["decisionReasonCode"]);

        var reviewer = await host.AsStaffAsync("hq.reviewer@demo.local");
        Assert.Null(await WarrantyApi.TaskForAsync(reviewer, claimId));
        var supervisor = await host.AsStaffAsync("hq.supervisor@demo.local");
        var task = (await WarrantyApi.TaskForAsync(supervisor, claimId))!;
        Assert.Equal(("reviewAppeal", "claim-appeal-review"), (task["elementId"]!.GetValue<string>(), task["formKey"]!.GetValue<string>()));
        Assert.Equal(["approve", "reject"], task["allowedDecisions"]!.AsArray().Select(d => d!.GetValue<string>()));

        // The supervisor holds the appeal task and may decide lines, then approves.
        await supervisor.PostJsonAsync($"/api/v1/claims/{claimId}/line-decisions", """{"lines":[{"lineNumber":2,"decision":"adjust","approvedAmount":40.00,"reasonCode":"SA"}]}""").ExpectAsync(HttpStatusCode.OK);
        await WarrantyApi.CompleteAsync(supervisor, task, """{"decision":"approve","comment":"goodwill"}""");

        var approved = await dealer.ClaimAsync(claimId);
        Assert.Equal(("ApprovedForPayment", "PWA"), (approved.Status(), approved["decisionReasonCode"]!.GetValue<string>()));
        Assert.Equal(36.00m + 40.00m, approved["approvedAmount"]!.GetValue<decimal>());
        var steps = (await host.AuditAsync($"claim:{claimId}")).Where(e => e["action"]!.GetValue<string>() == "ClaimStatusChanged")
            .Select(e => e["data"]!["step"]!.GetValue<string>()).ToList();
        Assert.Equal(["reject", "appeal", "approve", "approve-for-payment"], steps);
    }

    [Fact]
    public async Task AppealRejected_IsFinal_ASecondAppealIsRefused()
    {
        var dealer = host.AsDealer("D1001");
        var claimId = (await host.SubmitAsync("D1001", WarrantyApi.Wiper("AP-2", ExpiredVin, 98_100)))["id"]!.GetValue<string>();
        await dealer.PostJsonAsync($"/api/v1/claims/{claimId}/appeal", """{"reason":"please look again"}""").ExpectAsync(HttpStatusCode.OK);
        var supervisor = await host.AsStaffAsync("hq.supervisor@demo.local");
        var task = (await WarrantyApi.TaskForAsync(supervisor, claimId))!;

        var sendBack = await (await supervisor.PostAsync($"/api/v1/tasks/{task["id"]}/complete", PartsReturnTests.Json("""{"decision":"send-back","reasonCode":"IIS"}"""), TestContext.Current.CancellationToken))
            .ExpectProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("decision", sendBack.ToJsonString(), StringComparison.Ordinal);
        await WarrantyApi.CompleteAsync(supervisor, task, """{"decision":"reject","reasonCode":"EW","comment":"outside coverage, no goodwill"}""");

        var rejected = await dealer.ClaimAsync(claimId);
        Assert.Equal(("Rejected", "EW"), (rejected.Status(), rejected["decisionReasonCode"]!.GetValue<string>()));
        var again = await dealer.PostJsonAsync($"/api/v1/claims/{claimId}/appeal", """{"reason":"once more"}""").ExpectProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Contains("appeal-already-used", again.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Appeal_BadInput_WrongStatus_AndOtherDealers_AreRefused()
    {
        var dealer = host.AsDealer("D1001");
        var rejectedId = (await host.SubmitAsync("D1001", WarrantyApi.Wiper("AP-3", ExpiredVin, 98_200)))["id"]!.GetValue<string>();
        var noReason = await dealer.PostJsonAsync($"/api/v1/claims/{rejectedId}/appeal", """{"reason":" "}""").ExpectProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("reason", noReason.ToJsonString(), StringComparison.Ordinal);
        await host.AsDealer("D2001").PostJsonAsync($"/api/v1/claims/{rejectedId}/appeal", """{"reason":"mine"}""").ExpectProblemAsync(HttpStatusCode.NotFound);
        await dealer.PostJsonAsync($"/api/v1/claims/{Guid.NewGuid()}/appeal", """{"reason":"x"}""").ExpectProblemAsync(HttpStatusCode.NotFound);
        var staff = await host.AsStaffAsync("hq.reviewer@demo.local");
        Assert.Equal(HttpStatusCode.Forbidden, (await staff.PostJsonAsync($"/api/v1/claims/{rejectedId}/appeal", """{"reason":"x"}""")).StatusCode);

        var approvedId = (await host.SubmitAsync("D1001", WarrantyApi.Wiper("AP-4", "LSVAU2185N2100001", 30_000)))["id"]!.GetValue<string>();
        await dealer.PostJsonAsync($"/api/v1/claims/{approvedId}/appeal", """{"reason":"x"}""").ExpectProblemAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task FreeMaintenance_FirstVisitPaidAtTheFee_RepeatsAndWrongFeesRejected()
    {
        var first = await host.SubmitAsync("D1001", Maintenance("FM-1", 1, 300.00m, 5_000));
        Assert.Equal(("ApprovedForPayment", "free-maintenance", 1), (first.Status(), first["claimType"]!.GetValue<string>(), first["maintenanceSequence"]!.GetValue<int>()));
        Assert.Equal(300.00m, first["approvedAmount"]!.GetValue<decimal>());

        var repeat = await host.SubmitAsync("D1001", Maintenance("FM-2", 1, 300.00m, 5_100));
        Assert.Equal(("Rejected", "DC"), (repeat.Status(), repeat["decisionReasonCode"]!.GetValue<string>()));
        Assert.Contains(PreAuthorizationTests.Fired(repeat), n => n == "W-37-maintenance-sequence-already-claimed");

        var wrongFee = await host.SubmitAsync("D1001", Maintenance("FM-3", 2, 250.00m, 10_000));
        Assert.Equal(("Rejected", "MAP"), (wrongFee.Status(), wrongFee["decisionReasonCode"]!.GetValue<string>()));

        var beyondPolicy = await host.SubmitAsync("D1001", Maintenance("FM-4", 3, 200.00m, 15_000));
        Assert.Equal(("Rejected", "NEW"), (beyondPolicy.Status(), beyondPolicy["decisionReasonCode"]!.GetValue<string>()));
        Assert.Contains(PreAuthorizationTests.Fired(beyondPolicy), n => n == "W-37-maintenance-count-above-policy");

        var second = await host.SubmitAsync("D1001", Maintenance("FM-5", 2, 200.00m, 10_000));
        Assert.Equal("ApprovedForPayment", second.Status());

        var noSequence = await host.AsDealer("D1001").PostJsonAsync("/api/v1/claims", ApiClient.Serialize(new
        {
            dealerClaimNumber = "FM-6", vin = "LSVAU2180M2100003", repairOrderNumber = "RO-FM-6", repairDate = DemoClaims.RepairedDaysAgo(1), mileageKm = 5_000,
            claimType = "free-maintenance",
            lines = new object[] { new { type = "other", description = "First free maintenance", amount = 300.00m } },
        })).ExpectProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("maintenanceSequence", noSequence.ToJsonString(), StringComparison.Ordinal);
    }

    private static object Maintenance(string number, int sequence, decimal fee, int mileageKm) => new
    {
        dealerClaimNumber = number,
        vin = "LSVAU2180M2100003",
        repairOrderNumber = "RO-" + number,
        repairDate = DemoClaims.RepairedDaysAgo(1),
        mileageKm,
        claimType = "free-maintenance",
        maintenanceSequence = sequence,
        lines = new object[] { new { type = "other", description = $"Free maintenance visit {sequence}", amount = fee } },
    };
}
