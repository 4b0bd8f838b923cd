using WorkflowDms.Domain.Claims;
using WorkflowDms.Domain.Errors;

namespace WorkflowDms.Domain.Tests.Claims;

public class ClaimLifecycleTests
{
    /// <summary>The whole legal table; every (status, trigger) pair not listed must be refused.</summary>
    private static readonly Dictionary<(ClaimStatus From, ClaimTrigger Trigger), ClaimStatus> Legal = new()
    {
        [(ClaimStatus.Submitted, ClaimTrigger.AutoApprove)] = ClaimStatus.Approved,
        [(ClaimStatus.Submitted, ClaimTrigger.RouteToReview)] = ClaimStatus.PendingReview,
        [(ClaimStatus.Submitted, ClaimTrigger.SendBack)] = ClaimStatus.ReturnedToDealer,
        [(ClaimStatus.Submitted, ClaimTrigger.Reject)] = ClaimStatus.Rejected,
        [(ClaimStatus.PendingReview, ClaimTrigger.Approve)] = ClaimStatus.Approved,
        [(ClaimStatus.PendingReview, ClaimTrigger.SendBack)] = ClaimStatus.ReturnedToDealer,
        [(ClaimStatus.PendingReview, ClaimTrigger.Reject)] = ClaimStatus.Rejected,
        [(ClaimStatus.ReturnedToDealer, ClaimTrigger.Resubmit)] = ClaimStatus.Submitted,
        [(ClaimStatus.Approved, ClaimTrigger.RequirePartsReturn)] = ClaimStatus.PartsReturnPending,
        [(ClaimStatus.Approved, ClaimTrigger.ApproveForPayment)] = ClaimStatus.ApprovedForPayment,
        [(ClaimStatus.PartsReturnPending, ClaimTrigger.ApproveForPayment)] = ClaimStatus.ApprovedForPayment,
        [(ClaimStatus.PartsReturnPending, ClaimTrigger.ChargeBack)] = ClaimStatus.Rejected,
        [(ClaimStatus.ApprovedForPayment, ClaimTrigger.Pay)] = ClaimStatus.Paid,
        [(ClaimStatus.Paid, ClaimTrigger.Close)] = ClaimStatus.Closed,
        [(ClaimStatus.Rejected, ClaimTrigger.Close)] = ClaimStatus.Closed,
        [(ClaimStatus.Rejected, ClaimTrigger.Appeal)] = ClaimStatus.PendingReview,
    };

    public static TheoryData<ClaimStatus, ClaimTrigger> LegalMoves()
    {
        var data = new TheoryData<ClaimStatus, ClaimTrigger>();
        foreach (var (from, trigger) in Legal.Keys)
        {
            data.Add(from, trigger);
        }

        return data;
    }

    public static TheoryData<ClaimStatus, ClaimTrigger> IllegalMoves()
    {
        var data = new TheoryData<ClaimStatus, ClaimTrigger>();
        foreach (var from in Enum.GetValues<ClaimStatus>())
        {
            foreach (var trigger in Enum.GetValues<ClaimTrigger>())
            {
                if (!Legal.ContainsKey((from, trigger)))
                {
                    data.Add(from, trigger);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(LegalMoves))]
    public void Fire_LegalMove_ReachesTargetStatus(ClaimStatus from, ClaimTrigger trigger)
    {
        var claim = TestData.ClaimIn(from);
        var later = TestData.Now.AddHours(1);

        Fire(claim, trigger, later);

        Assert.Equal(Legal[(from, trigger)], claim.Status);
        Assert.Equal(later, claim.UpdatedAt);
    }

    [Theory]
    [MemberData(nameof(IllegalMoves))]
    public void Fire_IllegalMove_ThrowsInvalidTransitionAndChangesNothing(ClaimStatus from, ClaimTrigger trigger)
    {
        var claim = TestData.ClaimIn(from);
        var before = (claim.Status, claim.UpdatedAt, claim.ApprovedMinor, claim.DecisionReasonCode, claim.SubmissionCount);

        var error = Assert.Throws<InvalidTransitionException>(() => Fire(claim, trigger, TestData.Now.AddHours(1)));

        Assert.Equal(nameof(Claim), error.EntityType);
        Assert.Equal(claim.Id, error.EntityId);
        Assert.Equal(from.ToString(), error.FromState);
        Assert.Equal(trigger.ToString(), error.Trigger);
        Assert.Equal(before, (claim.Status, claim.UpdatedAt, claim.ApprovedMinor, claim.DecisionReasonCode, claim.SubmissionCount));
    }

    [Fact]
    public void Table_CoversEveryStatusAndTrigger()
    {
        var statuses = Enum.GetValues<ClaimStatus>().Length;
        var triggers = Enum.GetValues<ClaimTrigger>().Length;

        Assert.Equal(statuses * triggers, LegalMoves().Count + IllegalMoves().Count);
    }

    [Theory]
    [MemberData(nameof(LegalMoves))]
    public void CanFire_MatchesTheLegalTable(ClaimStatus from, ClaimTrigger trigger)
    {
        var claim = TestData.ClaimIn(from);

        Assert.True(claim.CanFire(trigger));
        Assert.Contains(trigger, claim.PermittedTriggers);
    }

    [Fact]
    public void DecideLine_OutsideReview_ThrowsInvalidTransition()
    {
        var claim = TestData.ClaimIn(ClaimStatus.Submitted);

        Assert.Throws<InvalidTransitionException>(() => claim.DecideLine(1, ClaimLineDisposition.Rejected, null, "WC"));
    }

    internal static void Fire(Claim claim, ClaimTrigger trigger, DateTime now)
    {
        switch (trigger)
        {
            case ClaimTrigger.AutoApprove: claim.AutoApprove(now); break;
            case ClaimTrigger.RouteToReview: claim.RouteToReview(now); break;
            case ClaimTrigger.SendBack: claim.SendBack("IIS", "photo missing", now); break;
            case ClaimTrigger.Reject: claim.Reject("EW", "outside coverage", now); break;
            case ClaimTrigger.Approve: claim.Approve(null, "ok", now); break;
            case ClaimTrigger.Resubmit: claim.Resubmit(TestData.Header(), TestData.Lines(), now); break;
            case ClaimTrigger.RequirePartsReturn: claim.RequirePartsReturn(now); break;
            case ClaimTrigger.ApproveForPayment: claim.ApproveForPayment(now); break;
            case ClaimTrigger.ChargeBack: claim.ChargeBack("PNR", null, now); break;
            case ClaimTrigger.Pay: claim.PayInBatch(Guid.NewGuid(), now); break;
            case ClaimTrigger.Appeal: claim.Appeal("The fault is covered by the extended warranty.", now); break;
            case ClaimTrigger.Close: claim.Close(now); break;
            default: throw new ArgumentOutOfRangeException(nameof(trigger));
        }
    }
}
