using WorkflowDms.Domain.Claims;
using WorkflowDms.Domain.Errors;

namespace WorkflowDms.Domain.Tests.Claims;

public class ClaimTests
{
    [Fact]
    public void Submit_PricesLinesAndTotals()
    {
        var claim = TestData.Claim();

        // 1.50 h × 120.00/h = 180.00; 2 × 45.50 = 91.00.
        Assert.Equal([18_000L, 9_100L], claim.Lines.Select(l => l.AmountMinor));
        Assert.Equal(27_100, claim.TotalMinor);
        Assert.Equal([1, 2], claim.Lines.Select(l => l.LineNumber));
        Assert.All(claim.Lines, l => Assert.Equal(claim.Id, l.ClaimId));
        Assert.Equal(ClaimStatus.Submitted, claim.Status);
        Assert.Equal(1, claim.SubmissionCount);
        Assert.Equal("CNY", claim.Currency);
        Assert.Equal("/HQ/R1/B11/D1001/", claim.OrgPath);
    }

    [Fact]
    public void Submit_KeepsOnlyTheRepairDateAsUtcMidnight()
    {
        var claim = TestData.Claim();

        Assert.Equal(new DateTime(2026, 2, 27, 0, 0, 0, DateTimeKind.Utc), claim.RepairDate);
        Assert.Equal(DateTimeKind.Utc, claim.RepairDate.Kind);
    }

    [Theory]
    [InlineData(150, 12_000, 18_000)]
    [InlineData(1, 12_345, 123)] // 123.45 rounds down
    [InlineData(1, 12_350, 124)] // 123.50 rounds half away from zero
    [InlineData(33, 9_999, 3_300)] // 3299.67
    public void ComputeAmount_Labor_RoundsHalfAwayFromZeroToMinorUnit(long hundredthHours, long rate, long expected) =>
        Assert.Equal(expected, ClaimLine.ComputeAmount(ClaimLineType.Labor, hundredthHours, 1, rate));

    [Theory]
    [InlineData(ClaimLineType.Part, 3, 1_999, 5_997)]
    [InlineData(ClaimLineType.Sublet, 1, 50_000, 50_000)]
    [InlineData(ClaimLineType.Other, 4, 250, 1_000)]
    public void ComputeAmount_NonLabor_IsQuantityTimesUnitPrice(ClaimLineType type, int quantity, long price, long expected) =>
        Assert.Equal(expected, ClaimLine.ComputeAmount(type, 0, quantity, price));

    [Fact]
    public void ComputeAmount_Overflow_ThrowsInsteadOfWrapping() =>
        Assert.Throws<OverflowException>(() => ClaimLine.ComputeAmount(ClaimLineType.Part, 0, int.MaxValue, long.MaxValue / 2));

    [Theory]
    [InlineData(ClaimLineType.Labor, null, 100, null, 1)]
    [InlineData(ClaimLineType.Labor, "OP-1", 0, null, 1)]
    [InlineData(ClaimLineType.Part, null, 0, null, 1)]
    [InlineData(ClaimLineType.Part, null, 0, "PN-1", 0)]
    public void Submit_InvalidLine_IsABusinessRuleError(ClaimLineType type, string? operation, long hours, string? part, int quantity)
    {
        var lines = new[] { new ClaimLineDraft { Type = type, OperationCode = operation, HundredthHours = hours, PartNumber = part, Quantity = quantity, UnitPriceMinor = 100 } };

        var error = Assert.Throws<BusinessRuleException>(() => Claim.Submit(Guid.NewGuid(), "WC-1", TestData.Dealer(), "DC-1", TestData.Header(), lines, TestData.Now));

        Assert.Equal("invalid-claim-line", error.Code);
    }

    [Fact]
    public void Submit_BadCheckDigit_IsInvalidVin()
    {
        var error = Assert.Throws<BusinessRuleException>(() =>
            Claim.Submit(Guid.NewGuid(), "WC-1", TestData.Dealer(), "DC-1", TestData.Header("LSVAU2186N2100001"), TestData.Lines(), TestData.Now));

        Assert.Equal("invalid-vin", error.Code);
    }

    [Fact]
    public void AutoApprove_ApprovesEveryLineInFull()
    {
        var claim = TestData.ClaimIn(ClaimStatus.Approved);

        Assert.Equal(claim.TotalMinor, claim.ApprovedMinor);
        Assert.All(claim.Lines, l => Assert.Equal((ClaimLineDisposition.Approved, l.AmountMinor), (l.Disposition, l.ApprovedAmountMinor!.Value)));
    }

    [Fact]
    public void Approve_AfterLineDecisions_SumsApprovedAmountsAndMarksPartial()
    {
        var claim = TestData.ClaimIn(ClaimStatus.PendingReview);
        claim.DecideLine(1, ClaimLineDisposition.Adjusted, 12_000, "ELH");

        claim.Approve(null, "labour reduced to 1.0 h", TestData.Now);

        Assert.Equal(ClaimStatus.Approved, claim.Status);
        Assert.Equal(12_000 + 9_100, claim.ApprovedMinor);
        Assert.Equal(ClaimReasonCodes.PartialApproval, claim.DecisionReasonCode);
        Assert.Equal(ClaimLineDisposition.Approved, claim.Lines[1].Disposition);
    }

    [Fact]
    public void Approve_EverythingRejected_IsRefused()
    {
        var claim = TestData.ClaimIn(ClaimStatus.PendingReview);
        claim.DecideLine(1, ClaimLineDisposition.Rejected, null, "NDF");
        claim.DecideLine(2, ClaimLineDisposition.Rejected, null, "NDF");

        var error = Assert.Throws<BusinessRuleException>(() => claim.Approve(null, null, TestData.Now));

        Assert.Equal("nothing-approved", error.Code);
        Assert.Equal(ClaimStatus.PendingReview, claim.Status);
    }

    [Theory]
    [InlineData(ClaimLineDisposition.Adjusted, 18_000L, "ELH")] // not below the claimed amount
    [InlineData(ClaimLineDisposition.Adjusted, -1L, "ELH")]
    [InlineData(ClaimLineDisposition.Adjusted, 100L, null)]
    [InlineData(ClaimLineDisposition.Rejected, null, null)]
    [InlineData(ClaimLineDisposition.Pending, null, null)]
    public void DecideLine_InvalidDecision_IsRefused(ClaimLineDisposition disposition, long? amount, string? reason)
    {
        var claim = TestData.ClaimIn(ClaimStatus.PendingReview);

        var error = Assert.Throws<BusinessRuleException>(() => claim.DecideLine(1, disposition, amount, reason));

        Assert.Equal("invalid-line-decision", error.Code);
    }

    [Fact]
    public void Resubmit_ReplacesLinesCountsAndClearsTheDecision()
    {
        var claim = TestData.ClaimIn(ClaimStatus.ReturnedToDealer);
        claim.RecordRuleResult("{\"fired\":[]}", TestData.Now);
        var later = TestData.Now.AddDays(1);
        var corrected = TestData.Header() with { MileageKm = 12_400, RepairOrderNumber = "RO-1a" };

        claim.Resubmit(corrected, [new ClaimLineDraft { Type = ClaimLineType.Part, PartNumber = "PN-100", Quantity = 1, UnitPriceMinor = 4_550 }], later);

        Assert.Equal(ClaimStatus.Submitted, claim.Status);
        Assert.Equal(2, claim.SubmissionCount);
        Assert.Equal(4_550, claim.TotalMinor);
        Assert.Single(claim.Lines);
        Assert.Equal((12_400, "RO-1a"), (claim.MileageKm, claim.RepairOrderNumber));
        Assert.Null(claim.DecisionReasonCode);
        Assert.Null(claim.LastRuleResultJson);
        Assert.Equal(later, claim.SubmittedAt);
    }

    [Fact]
    public void Reject_RejectsPendingLinesAndZeroesApproval()
    {
        var claim = TestData.ClaimIn(ClaimStatus.Rejected);

        Assert.Equal(0, claim.ApprovedMinor);
        Assert.Equal("EW", claim.DecisionReasonCode);
        Assert.All(claim.Lines, l => Assert.Equal(ClaimLineDisposition.Rejected, l.Disposition));
    }

    [Fact]
    public void SendBack_WithoutReason_IsRefused()
    {
        var claim = TestData.ClaimIn(ClaimStatus.Submitted);

        Assert.Throws<BusinessRuleException>(() => claim.SendBack(" ", null, TestData.Now));
        Assert.Equal(ClaimStatus.Submitted, claim.Status);
    }

    [Fact]
    public void ChargeBack_SetsReasonPnrAndZeroesApproval()
    {
        var claim = TestData.ClaimIn(ClaimStatus.PartsReturnPending);

        claim.ChargeBack(ClaimReasonCodes.PartsNotReturned, "parts not received in 30 days", TestData.Now);

        Assert.Equal(ClaimStatus.Rejected, claim.Status);
        Assert.Equal(ClaimReasonCodes.PartsNotReturned, claim.DecisionReasonCode);
        Assert.Equal(0, claim.ApprovedMinor);
        Assert.True(claim.PartsReturnRequired);
    }

    [Fact]
    public void ComputeTotal_SumsLineAmounts()
    {
        var claim = TestData.Claim();

        Assert.Equal(claim.Lines.Sum(l => l.AmountMinor), Claim.ComputeTotal(claim.Lines));
    }
}
