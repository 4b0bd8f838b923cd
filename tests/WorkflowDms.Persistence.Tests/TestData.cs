using WorkflowDms.Domain.Claims;
using WorkflowDms.Domain.Dealers;
using WorkflowDms.Domain.Organisation;
using WorkflowDms.Domain.Tasks;

namespace WorkflowDms.Persistence.Tests;

/// <summary>A small org tree with one dealer, and builders for claims and tasks.</summary>
internal sealed class TestData
{
    public static readonly DateTime Now = new(2026, 3, 2, 9, 30, 0, DateTimeKind.Utc);

    public TestData()
    {
        Headquarters = OrgNode.CreateRoot(Guid.NewGuid(), "HQ", "Headquarters");
        Region = OrgNode.CreateChild(Guid.NewGuid(), "R1", "Region 1", OrgNodeKind.Region, Headquarters);
        Branch = OrgNode.CreateChild(Guid.NewGuid(), "B11", "Branch 11", OrgNodeKind.Branch, Region);
        DealerNode = OrgNode.CreateChild(Guid.NewGuid(), "D1001", "Dealer 1001", OrgNodeKind.Dealer, Branch, 1);
        Dealer = Dealer.Create(Guid.NewGuid(), "Dealer 1001", DealerNode, "CNY", new DealerWarrantyTerms(true, 12_000, 30, 500_000, 2_000_000));
    }

    public OrgNode Headquarters { get; }

    public OrgNode Region { get; }

    public OrgNode Branch { get; }

    public OrgNode DealerNode { get; }

    public Dealer Dealer { get; }

    /// <summary>Adds the org tree and the dealer.</summary>
    public async Task SeedAsync(WorkflowDmsDbContext db)
    {
        db.OrgNodes.AddRange(Headquarters, Region, Branch, DealerNode);
        db.Dealers.Add(Dealer);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
    }

    public Claim NewClaim(string dealerClaimNumber = "DC-1")
    {
        var id = Guid.NewGuid();
        return Claim.Submit(
            id,
            ClaimNumber.Create(id, Now),
            Dealer,
            dealerClaimNumber,
            new ClaimHeader { Vin = "LSVAU2185N2100001", RepairOrderNumber = "RO-" + dealerClaimNumber, RepairDate = Now.AddDays(-3), MileageKm = 12_345, FaultCode = "P0300" },
            [
                new ClaimLineDraft { Type = ClaimLineType.Labor, OperationCode = "OP-10", HundredthHours = 150, UnitPriceMinor = 12_000 },
                new ClaimLineDraft { Type = ClaimLineType.Part, PartNumber = "PN-100", Quantity = 2, UnitPriceMinor = 4_550, Comment = "replaced" },
            ],
            Now);
    }

    public static WorkTask NewTask(DateTime? dueAt = null, string orgPath = "/HQ/R1/B11/D1001/") =>
        WorkTask.Create(
            Guid.NewGuid(),
            new WorkTaskDraft
            {
                InstanceId = Guid.NewGuid(),
                BookmarkId = "bm-1",
                ElementId = "ReviewClaim",
                Name = "Review claim",
                CaseType = "claim",
                CaseId = Guid.NewGuid(),
                CaseNumber = "WC-260302-0000000001",
                OrgNodeId = Guid.NewGuid(),
                OrgPath = orgPath,
                FormKey = "claim-review",
                CandidateGroups = ["warranty-reviewers"],
                CandidateUsers = ["u-7"],
                DueAt = dueAt,
            },
            Now);
}
