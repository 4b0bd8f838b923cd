using WorkflowDms.Domain.Claims;
using WorkflowDms.Domain.Errors;
using WorkflowDms.Domain.Settlement;

namespace WorkflowDms.Domain.Tests.Claims;

/// <summary>Appeal (W-60), charge-back reasons (W-53/W-56), per-line approval (W-51), free maintenance and payment batches.</summary>
public class ClaimWarrantyInFullTests
{
    [Fact]
    public void Appeal_ReopensTheRejectedClaimForReview_Once()
    {
        var claim = TestData.ClaimIn(ClaimStatus.Rejected);

        claim.Appeal("The repair was inside the coverage.", TestData.Now.AddHours(1));

        Assert.Equal(ClaimStatus.PendingReview, claim.Status);
        Assert.Equal(1, claim.AppealCount);
        Assert.Equal("The repair was inside the coverage.", claim.AppealReason);
        Assert.Null(claim.DecisionReasonCode);
        Assert.Null(claim.ApprovedMinor);
        Assert.All(claim.Lines, l => Assert.Equal(ClaimLineDisposition.Pending, l.Disposition));

        claim.Reject("EW", "still outside coverage", TestData.Now.AddHours(2));
        var second = Assert.Throws<BusinessRuleException>(() => claim.Appeal("again", TestData.Now.AddHours(3)));
        Assert.Equal("appeal-already-used", second.Code);
        Assert.Equal(ClaimStatus.Rejected, claim.Status);
    }

    [Fact]
    public void Appeal_NeedsAReason()
    {
        var claim = TestData.ClaimIn(ClaimStatus.Rejected);

        var error = Assert.Throws<BusinessRuleException>(() => claim.Appeal(" ", TestData.Now));

        Assert.Equal("reason-required", error.Code);
        Assert.Equal(ClaimStatus.Rejected, claim.Status);
    }

    [Fact]
    public void Appeal_OfAChargeBack_IsRefused()
    {
        var claim = TestData.ClaimIn(ClaimStatus.PartsReturnPending);
        claim.ChargeBack(ClaimReasonCodes.NoDefectFound, "no fault found", TestData.Now);

        var error = Assert.Throws<BusinessRuleException>(() => claim.Appeal("the part was faulty", TestData.Now));

        Assert.Equal("charge-back-not-appealable", error.Code);
    }

    [Theory]
    [InlineData(ClaimReasonCodes.PartsNotReturned)]
    [InlineData(ClaimReasonCodes.NoDefectFound)]
    [InlineData(ClaimReasonCodes.PartDamaged)]
    public void ChargeBack_KeepsTheInspectionReason_AndZeroesTheApproval(string reason)
    {
        var claim = TestData.ClaimIn(ClaimStatus.PartsReturnPending);

        claim.ChargeBack(reason, "inspection", TestData.Now);

        Assert.Equal(ClaimStatus.Rejected, claim.Status);
        Assert.Equal(reason, claim.DecisionReasonCode);
        Assert.Equal(0, claim.ApprovedMinor);
    }

    [Fact]
    public void Approve_AfterLineDecisions_PaysTheSum_WithPartialApprovalReason()
    {
        var claim = TestData.ClaimIn(ClaimStatus.PendingReview);
        var first = claim.Lines[0];
        var second = claim.Lines[1];

        claim.DecideLine(first.LineNumber, ClaimLineDisposition.Adjusted, first.AmountMinor - 1_000, "ELH");
        claim.DecideLine(second.LineNumber, ClaimLineDisposition.Approved, null, null);
        claim.Approve(null, "partly", TestData.Now);

        Assert.Equal(ClaimStatus.Approved, claim.Status);
        Assert.Equal(first.AmountMinor - 1_000 + second.AmountMinor, claim.ApprovedMinor);
        Assert.Equal(ClaimReasonCodes.PartialApproval, claim.DecisionReasonCode);
    }

    [Fact]
    public void Approve_WithEveryLineRejected_IsRefused()
    {
        var claim = TestData.ClaimIn(ClaimStatus.PendingReview);
        foreach (var line in claim.Lines)
        {
            claim.DecideLine(line.LineNumber, ClaimLineDisposition.Rejected, null, "NEW");
        }

        var error = Assert.Throws<BusinessRuleException>(() => claim.Approve(null, null, TestData.Now));

        Assert.Equal("nothing-approved", error.Code);
        Assert.Equal(ClaimStatus.PendingReview, claim.Status);
    }

    [Fact]
    public void FreeMaintenanceClaim_KeepsItsTypeAndSequence_AndNeedsOne()
    {
        var header = TestData.Header() with { ClaimType = ClaimTypes.FreeMaintenance, MaintenanceSequence = 1 };
        var claim = Claim.Submit(Guid.NewGuid(), "WC-1", TestData.Dealer(), "FM-1", header, TestData.Lines(), TestData.Now);

        Assert.Equal(ClaimTypes.FreeMaintenance, claim.ClaimType);
        Assert.Equal(1, claim.MaintenanceSequence);

        var error = Assert.Throws<BusinessRuleException>(() => Claim.Submit(Guid.NewGuid(), "WC-2", TestData.Dealer(), "FM-2",
            header with { MaintenanceSequence = null }, TestData.Lines(), TestData.Now));
        Assert.Equal("invalid-claim", error.Code);
    }

    [Fact]
    public void WarrantyClaim_HasNoMaintenanceSequence_AndUnknownTypesAreRefused()
    {
        var claim = Claim.Submit(Guid.NewGuid(), "WC-1", TestData.Dealer(), "W-1", TestData.Header() with { MaintenanceSequence = 3 }, TestData.Lines(), TestData.Now);

        Assert.Equal(ClaimTypes.Warranty, claim.ClaimType);
        Assert.Null(claim.MaintenanceSequence);
        Assert.Throws<BusinessRuleException>(() => Claim.Submit(Guid.NewGuid(), "WC-2", TestData.Dealer(), "W-2",
            TestData.Header() with { ClaimType = "goodwill" }, TestData.Lines(), TestData.Now));
    }

    [Fact]
    public void Pay_RecordsTheBatch()
    {
        var claim = TestData.ClaimIn(ClaimStatus.ApprovedForPayment);
        var batch = Guid.NewGuid();

        claim.PayInBatch(batch, TestData.Now);

        Assert.Equal(ClaimStatus.Paid, claim.Status);
        Assert.Equal(batch, claim.PaymentBatchId);
    }

    [Fact]
    public void PaymentBatch_TotalsTheClaims_AndIsNeverEmpty()
    {
        var id = Guid.NewGuid();
        var batch = PaymentBatch.Create(id, "2026-03", Guid.NewGuid(), "D1001", Guid.NewGuid(), "/HQ/R1/B11/D1001/", "CNY", [1_000_00, 250_50], "sup@demo.local", TestData.Now);

        Assert.Equal(("PB-2026-03-D1001", 2, 1_250_50L, $"payment-batch:{id}"), (batch.Number, batch.ClaimCount, batch.TotalMinor, batch.CreditNoteReference));
        var error = Assert.Throws<BusinessRuleException>(() => PaymentBatch.Create(Guid.NewGuid(), "2026-03", Guid.NewGuid(), "D1001", Guid.NewGuid(), "/", "CNY", [], "x", TestData.Now));
        Assert.Equal("empty-payment-batch", error.Code);
    }
}
