using WorkflowDms.Domain.Claims;
using WorkflowDms.Domain.Dealers;
using WorkflowDms.Domain.Organisation;
using WorkflowDms.Domain.Tasks;

namespace WorkflowDms.Domain.Tests;

/// <summary>Small, valid aggregates for tests; the demo data's codes and VINs.</summary>
internal static class TestData
{
    public static readonly DateTime Now = new(2026, 3, 2, 9, 30, 0, DateTimeKind.Utc);

    public static OrgNode Headquarters { get; } = OrgNode.CreateRoot(Guid.NewGuid(), "HQ", "Headquarters");

    public static Dealer Dealer()
    {
        var region = OrgNode.CreateChild(Guid.NewGuid(), "R1", "Region 1", OrgNodeKind.Region, Headquarters);
        var branch = OrgNode.CreateChild(Guid.NewGuid(), "B11", "Branch 11", OrgNodeKind.Branch, region);
        var node = OrgNode.CreateChild(Guid.NewGuid(), "D1001", "Dealer 1001", OrgNodeKind.Dealer, branch, tier: 1);
        return Domain.Dealers.Dealer.Create(Guid.NewGuid(), "Dealer 1001", node, "CNY", new DealerWarrantyTerms(true, 12_000, 30, 500_000, 2_000_000));
    }

    public static ClaimHeader Header(string vin = "LSVAU2185N2100001") => new()
    {
        Vin = vin,
        RepairOrderNumber = "RO-1",
        RepairDate = new DateTime(2026, 2, 27, 15, 45, 0, DateTimeKind.Utc),
        MileageKm = 12_345,
        FaultCode = "P0300",
        CausalPartNumber = "PN-100",
    };

    public static IReadOnlyCollection<ClaimLineDraft> Lines() =>
    [
        new ClaimLineDraft { Type = ClaimLineType.Labor, OperationCode = "OP-10", HundredthHours = 150, UnitPriceMinor = 12_000 },
        new ClaimLineDraft { Type = ClaimLineType.Part, PartNumber = "PN-100", Quantity = 2, UnitPriceMinor = 4_550 },
    ];

    public static Claim Claim()
    {
        var id = Guid.NewGuid();
        return Domain.Claims.Claim.Submit(id, ClaimNumber.Create(id, Now), Dealer(), "DC-1", Header(), Lines(), Now);
    }

    /// <summary>A claim brought into <paramref name="status"/> along a legal path.</summary>
    public static Claim ClaimIn(ClaimStatus status)
    {
        var claim = Claim();
        switch (status)
        {
            case ClaimStatus.Submitted:
                break;
            case ClaimStatus.PendingReview:
                claim.RouteToReview(Now);
                break;
            case ClaimStatus.ReturnedToDealer:
                claim.SendBack("IIS", null, Now);
                break;
            case ClaimStatus.Rejected:
                claim.Reject("EW", null, Now);
                break;
            case ClaimStatus.Approved:
                claim.AutoApprove(Now);
                break;
            case ClaimStatus.PartsReturnPending:
                claim.AutoApprove(Now);
                claim.RequirePartsReturn(Now);
                break;
            case ClaimStatus.ApprovedForPayment:
                claim.AutoApprove(Now);
                claim.ApproveForPayment(Now);
                break;
            case ClaimStatus.Paid:
                claim.AutoApprove(Now);
                claim.ApproveForPayment(Now);
                claim.Pay(Now);
                break;
            case ClaimStatus.Closed:
                claim.Reject("EW", null, Now);
                claim.Close(Now);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(status));
        }

        Assert.Equal(status, claim.Status);
        return claim;
    }

    public static WorkTaskDraft TaskDraft(string? assignee = null) => new()
    {
        InstanceId = Guid.NewGuid(),
        BookmarkId = "bm-1",
        ElementId = "ReviewClaim",
        Name = "Review claim",
        CaseType = "claim",
        CaseId = Guid.NewGuid(),
        CaseNumber = "WC-260302-0000000001",
        OrgNodeId = Guid.NewGuid(),
        OrgPath = "/HQ/R1/B11/D1001/",
        FormKey = "claim-review",
        CandidateGroups = ["warranty-reviewers", "warranty-leads"],
        CandidateUsers = ["u-7"],
        Assignee = assignee,
        DueAt = Now.AddDays(2),
    };

    public static WorkTask TaskIn(WorkTaskStatus status)
    {
        var task = WorkTask.Create(Guid.NewGuid(), TaskDraft(), Now);
        switch (status)
        {
            case WorkTaskStatus.Open:
                break;
            case WorkTaskStatus.Claimed:
                task.ClaimBy("u-1", Now);
                break;
            case WorkTaskStatus.Completed:
                task.ClaimBy("u-1", Now);
                task.Complete("u-1", "approve", null, null, Now);
                break;
            case WorkTaskStatus.Cancelled:
                task.Cancel("timer", Now);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(status));
        }

        Assert.Equal(status, task.Status);
        return task;
    }
}
