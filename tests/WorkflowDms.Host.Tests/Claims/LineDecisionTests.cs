using System.Net;
using WorkflowDms.Host.Tests.Infrastructure;

namespace WorkflowDms.Host.Tests.Claims;

/// <summary>W-51: the reviewer decides per line; the approved amount is the sum, PWA when partial.</summary>
public sealed class LineDecisionTests(HostFixture host) : IClassFixture<HostFixture>
{
    [Fact]
    public async Task Reviewer_AdjustsOneLine_ApprovalPaysTheSum_WithPartialApproval()
    {
        var claim = await host.SubmitAsync("D1001", DemoClaims.CatalyticConverter("LD-1"));
        var claimId = claim["id"]!.GetValue<string>();
        Assert.Equal("PendingReview", claim.Status());
        var reviewer = await host.AsStaffAsync("hq.reviewer@demo.local");
        var review = (await WarrantyApi.TaskForAsync(reviewer, claimId))!;

        var decided = await reviewer.PostJsonAsync($"/api/v1/claims/{claimId}/line-decisions",
            """{"lines":[{"lineNumber":1,"decision":"adjust","approvedAmount":120.00,"reasonCode":"ELH"},{"lineNumber":2,"decision":"approve"}]}""")
            .ExpectAsync(HttpStatusCode.OK);
        Assert.Equal("Adjusted", decided["lines"]![0]!["disposition"]!.GetValue<string>());
        Assert.Equal(120.00m, decided["lines"]![0]!["approvedAmount"]!.GetValue<decimal>());
        Assert.Equal("PendingReview", decided.Status());

        await WarrantyApi.CompleteAsync(reviewer, review, """{"decision":"approve"}""");

        var approved = await reviewer.ClaimAsync(claimId);
        Assert.Equal("PartsReturnPending", approved.Status());
        Assert.Equal(120.00m + 4_200.00m, approved["approvedAmount"]!.GetValue<decimal>());
        Assert.Equal("PWA", approved["decisionReasonCode"]!.GetValue<string>());
        Assert.Contains(await host.AuditAsync($"claim:{claimId}"), e => e["action"]!.GetValue<string>() == "ClaimLineDecided");

        // The review task is done: nobody holds one any more.
        var late = await reviewer.PostJsonAsync($"/api/v1/claims/{claimId}/line-decisions", """{"lines":[{"lineNumber":2,"decision":"reject","reasonCode":"NEW"}]}""")
            .ExpectProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Contains("no-review-task", late.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task EveryLineRejected_ThenTheClaimIsRejected_KeepingTheLineReasons()
    {
        var claimId = (await host.SubmitAsync("D1001", DemoClaims.CatalyticConverter("LD-2")))["id"]!.GetValue<string>();
        var reviewer = await host.AsStaffAsync("hq.reviewer@demo.local");
        var review = (await WarrantyApi.TaskForAsync(reviewer, claimId))!;
        await reviewer.PostJsonAsync($"/api/v1/claims/{claimId}/line-decisions",
            """{"lines":[{"lineNumber":1,"decision":"reject","reasonCode":"NEW"},{"lineNumber":2,"decision":"reject","reasonCode":"WC"}]}""").ExpectAsync(HttpStatusCode.OK);

        await WarrantyApi.CompleteAsync(reviewer, review, """{"decision":"reject","reasonCode":"NEW","comment":"not a warranty failure"}""");
        var rejected = await reviewer.ClaimAsync(claimId);
        Assert.Equal("Rejected", rejected.Status());
        Assert.Equal("WC", rejected["lines"]![1]!["reasonCode"]!.GetValue<string>());
    }

    [Fact]
    public async Task LineDecisions_BadInput_OtherStaff_Dealers_AndOtherScopes_AreRefused()
    {
        var claimId = (await host.SubmitAsync("D1001", DemoClaims.CatalyticConverter("LD-3")))["id"]!.GetValue<string>();
        var reviewer = await host.AsStaffAsync("hq.reviewer@demo.local");
        const string ok = """{"lines":[{"lineNumber":1,"decision":"approve"}]}""";

        var unknown = await reviewer.PostJsonAsync($"/api/v1/claims/{claimId}/line-decisions", """{"lines":[{"lineNumber":1,"decision":"halve"}]}""").ExpectProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("lines[0].decision", unknown.ToJsonString(), StringComparison.Ordinal);
        var noReason = await reviewer.PostJsonAsync($"/api/v1/claims/{claimId}/line-decisions", """{"lines":[{"lineNumber":1,"decision":"adjust","approvedAmount":10}]}""").ExpectProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("lines[0].reasonCode", noReason.ToJsonString(), StringComparison.Ordinal);
        var tooMuch = await reviewer.PostJsonAsync($"/api/v1/claims/{claimId}/line-decisions", """{"lines":[{"lineNumber":2,"decision":"adjust","approvedAmount":5000,"reasonCode":"MAP"}]}""").ExpectProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Contains("invalid-line-decision", tooMuch.ToJsonString(), StringComparison.Ordinal);
        await reviewer.PostJsonAsync($"/api/v1/claims/{claimId}/line-decisions", """{"lines":[{"lineNumber":9,"decision":"approve"}]}""").ExpectProblemAsync(HttpStatusCode.UnprocessableEntity);

        // A supervisor is not a candidate of the review task; a reviewer of another branch does not see the claim; dealers may not.
        var supervisor = await host.AsStaffAsync("hq.supervisor@demo.local");
        await supervisor.PostJsonAsync($"/api/v1/claims/{claimId}/line-decisions", ok).ExpectProblemAsync(HttpStatusCode.UnprocessableEntity);
        var otherBranch = await host.AsStaffAsync("b21.reviewer@demo.local");
        await otherBranch.PostJsonAsync($"/api/v1/claims/{claimId}/line-decisions", ok).ExpectProblemAsync(HttpStatusCode.NotFound);
        await reviewer.PostJsonAsync($"/api/v1/claims/{Guid.NewGuid()}/line-decisions", ok).ExpectProblemAsync(HttpStatusCode.NotFound);
        var dealer = await host.AsDealer("D1001").PostJsonAsync($"/api/v1/claims/{claimId}/line-decisions", ok);
        Assert.Equal(HttpStatusCode.Forbidden, dealer.StatusCode);

        var untouched = await reviewer.ClaimAsync(claimId);
        Assert.All(untouched["lines"]!.AsArray(), l => Assert.Equal("Pending", l!["disposition"]!.GetValue<string>()));
    }
}
