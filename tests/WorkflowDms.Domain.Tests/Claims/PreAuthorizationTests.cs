using WorkflowDms.Domain.Claims;
using WorkflowDms.Domain.Errors;

using WorkflowDms.Domain.Tests.Lifecycles;

namespace WorkflowDms.Domain.Tests.Claims;

/// <summary>The pre-authorisation lifecycle (domain-reference §2.4) and its validity window (W-28/W-29).</summary>
public class PreAuthorizationTests
{
    private static readonly Dictionary<(PreAuthorizationStatus From, PreAuthorizationTrigger Trigger), PreAuthorizationStatus> Legal = new()
    {
        [(PreAuthorizationStatus.Submitted, PreAuthorizationTrigger.Approve)] = PreAuthorizationStatus.Approved,
        [(PreAuthorizationStatus.Submitted, PreAuthorizationTrigger.Reject)] = PreAuthorizationStatus.Rejected,
        [(PreAuthorizationStatus.Submitted, PreAuthorizationTrigger.SendBack)] = PreAuthorizationStatus.SentBack,
        [(PreAuthorizationStatus.SentBack, PreAuthorizationTrigger.Resubmit)] = PreAuthorizationStatus.Submitted,
    };

    public static TheoryData<PreAuthorizationStatus, PreAuthorizationTrigger> AllMoves()
    {
        var data = new TheoryData<PreAuthorizationStatus, PreAuthorizationTrigger>();
        foreach (var from in Enum.GetValues<PreAuthorizationStatus>())
        {
            foreach (var trigger in Enum.GetValues<PreAuthorizationTrigger>())
            {
                data.Add(from, trigger);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(AllMoves))]
    public void EveryMove_IsLegalExactlyWhenTheTableSaysSo(PreAuthorizationStatus from, PreAuthorizationTrigger trigger)
    {
        var pa = In(from);

        if (Legal.TryGetValue((from, trigger), out var to))
        {
            Fire(pa, trigger);
            Assert.Equal(to, pa.Status);
        }
        else
        {
            var error = Assert.Throws<InvalidTransitionException>(() => Fire(pa, trigger));
            Assert.Equal((from.ToString(), trigger.ToString()), (error.FromState, error.Trigger));
            Assert.Equal(from, pa.Status);
        }
    }

    [Fact]
    public void Approve_SetsMaximumAndValidityWindow()
    {
        var pa = Requested();

        pa.Approve(12_000_00, TestData.Now.AddDays(30), "rev@demo.local", null, TestData.Now);

        Assert.Equal(12_000_00, pa.AuthorizedMaxMinor);
        Assert.Equal(TestData.Now.Date, pa.ValidFrom);
        Assert.True(pa.IsValidAt(TestData.Now.AddDays(30).Date.AddHours(23)));
        Assert.False(pa.IsValidAt(TestData.Now.AddDays(31).Date));
        Assert.False(pa.IsValidAt(TestData.Now.Date.AddTicks(-1)));
    }

    [Fact]
    public void Approve_WithValidityInThePastOrNoAmount_IsRefused()
    {
        Assert.Equal("invalid-validity", Assert.Throws<BusinessRuleException>(() =>
            Requested().Approve(1_00, TestData.Now.AddDays(-1), "rev", null, TestData.Now)).Code);
        Assert.Equal("invalid-authorized-amount", Assert.Throws<BusinessRuleException>(() =>
            Requested().Approve(0, TestData.Now.AddDays(1), "rev", null, TestData.Now)).Code);
    }

    [Fact]
    public void Resubmit_KeepsTheVin_AndCountsSubmissions()
    {
        var pa = In(PreAuthorizationStatus.SentBack);

        Assert.Equal("resubmission-mismatch", Assert.Throws<BusinessRuleException>(() =>
            pa.Resubmit(Request() with { Vin = "LSVAU2180M2100003" }, TestData.Now)).Code);
        pa.Resubmit(Request() with { EstimatedMinor = 11_000_00 }, TestData.Now.AddHours(1));

        Assert.Equal((PreAuthorizationStatus.Submitted, 2, 11_000_00L), (pa.Status, pa.SubmissionCount, pa.EstimatedMinor));
        Assert.Null(pa.DecisionReasonCode);
    }

    [Fact]
    public void Diagram_MatchesTheCommittedFile() =>
        CommittedDiagram.AssertMatches("pre-authorization.mmd", PreAuthorization.LifecycleAsMermaid());

    private static PreAuthorizationRequest Request() => new()
    {
        Vin = "LSVAU2185N2100001",
        FaultCode = "F-EN-001",
        Description = "Engine replacement",
        PlannedLinesJson = "[]",
        EstimatedMinor = 11_500_00,
    };

    private static PreAuthorization Requested() => PreAuthorization.Request(Guid.NewGuid(), TestData.Dealer(), Request(), TestData.Now);

    private static PreAuthorization In(PreAuthorizationStatus status)
    {
        var pa = Requested();
        switch (status)
        {
            case PreAuthorizationStatus.Approved: pa.Approve(12_000_00, TestData.Now.AddDays(30), "rev", null, TestData.Now); break;
            case PreAuthorizationStatus.Rejected: pa.Reject("NEW", null, "rev", TestData.Now); break;
            case PreAuthorizationStatus.SentBack: pa.SendBack("IIS", "photos", "rev", TestData.Now); break;
            default: break;
        }

        return pa;
    }

    private static void Fire(PreAuthorization pa, PreAuthorizationTrigger trigger)
    {
        switch (trigger)
        {
            case PreAuthorizationTrigger.Approve: pa.Approve(12_000_00, TestData.Now.AddDays(30), "rev", null, TestData.Now); break;
            case PreAuthorizationTrigger.Reject: pa.Reject("NEW", null, "rev", TestData.Now); break;
            case PreAuthorizationTrigger.SendBack: pa.SendBack("IIS", null, "rev", TestData.Now); break;
            case PreAuthorizationTrigger.Resubmit: pa.Resubmit(Request(), TestData.Now); break;
            default: throw new ArgumentOutOfRangeException(nameof(trigger));
        }
    }
}
