using WorkflowDms.Domain.Errors;
using WorkflowDms.Domain.Returns;

namespace WorkflowDms.Domain.Tests.Returns;

/// <summary>The return's lifecycle: every legal move, every illegal one, and the credit arithmetic (RT-02, RT-06, RT-10, RT-11).</summary>
public class ReturnRequestTests
{
    private static readonly DateTime Now = TestData.Now;

    /// <summary>2 × 350.00 brake discs and 4 × 45.00 filters = 880.00, restocking fee 15 %.</summary>
    internal static ReturnRequest NewReturn(int feePercent = 15)
    {
        var id = Guid.CreateVersion7();
        var condition = new ReturnCondition(Unused: true, OriginalPackaging: true, SpecialOrder: false);
        ReturnLineDraft[] lines =
        [
            new("PN-5101", 2, "INV-1", Now.AddDays(-30), 350_00, condition),
            new("PN-5102", 4, "INV-1", Now.AddDays(-30), 45_00, condition),
        ];
        return ReturnRequest.Request(id, ReturnNumber.Create(id, Now), TestData.Dealer(), ReturnReasons.SurplusStock, null, feePercent, lines, Now);
    }

    /// <summary>Drives a new return to <paramref name="status"/> along the main path.</summary>
    internal static ReturnRequest InStatus(ReturnStatus status)
    {
        var request = NewReturn();
        var steps = new (ReturnStatus Reached, Action<ReturnRequest> Step)[]
        {
            (ReturnStatus.Approved, r => r.Approve(null, Now)),
            (ReturnStatus.ReturnOrderCreated, r => r.CreateReturnOrder(Now)),
            (ReturnStatus.Shipped, r => r.Ship("SF", "T-1", Now.AddDays(3))),
            (ReturnStatus.Received, r => r.Receive(Now.AddDays(5))),
            (ReturnStatus.Inspected, r => r.Inspect(ReturnInspectionResult.Accepted, Now.AddDays(6))),
            (ReturnStatus.CreditNoteIssued, r => r.IssueCreditNote(Now.AddDays(6))),
            (ReturnStatus.Closed, r => r.Close(Now.AddDays(6))),
        };
        foreach (var (reached, step) in steps)
        {
            if (request.Status == status)
            {
                break;
            }

            step(request);
            Assert.Equal(reached, request.Status);
        }

        Assert.Equal(status, request.Status);
        return request;
    }

    [Fact]
    public void Request_TotalsTheLines_AndStartsRequested()
    {
        var request = NewReturn();

        Assert.Equal(ReturnStatus.Requested, request.Status);
        Assert.Equal(880_00, request.TotalMinor);
        Assert.Equal([1, 2], request.Lines.Select(l => l.LineNumber));
        Assert.StartsWith("RT-260302-", request.Number, StringComparison.Ordinal);
    }

    [Fact]
    public void Request_RefusesAnUnknownReason_AndABadLine()
    {
        var condition = new ReturnCondition(true, true, false);
        ReturnLineDraft[] zero = [new("PN-5101", 0, "INV-1", Now, 350_00, condition)];

        Assert.Equal("invalid-return-reason", Assert.Throws<BusinessRuleException>(() =>
            ReturnRequest.Request(Guid.NewGuid(), "RT-1", TestData.Dealer(), "boredom", null, 15, [new("PN-5101", 1, "INV-1", Now, 1, condition)], Now)).Code);
        Assert.Equal("invalid-return-line", Assert.Throws<BusinessRuleException>(() =>
            ReturnRequest.Request(Guid.NewGuid(), "RT-1", TestData.Dealer(), ReturnReasons.SurplusStock, null, 15, zero, Now)).Code);
    }

    [Fact]
    public void Approve_IssuesAnRmaValidSixtyDays()
    {
        var request = NewReturn();

        request.Approve("ok", Now);

        Assert.Equal(ReturnStatus.Approved, request.Status);
        Assert.Equal("RMA" + request.Number[2..], request.RmaNumber);
        Assert.Equal(Now.AddDays(60), request.RmaExpiresAt);
    }

    [Fact]
    public void ReturnOrder_SetsTheBillingBlock_AndTheCreditNoteRemovesIt()
    {
        var request = InStatus(ReturnStatus.ReturnOrderCreated);
        Assert.True(request.BillingBlocked);

        var credited = InStatus(ReturnStatus.CreditNoteIssued);
        Assert.False(credited.BillingBlocked);
        Assert.Equal("CN" + credited.Number[2..], credited.CreditNoteNumber);
    }

    [Fact]
    public void Ship_AfterTheRmaExpired_IsRefused()
    {
        var request = InStatus(ReturnStatus.ReturnOrderCreated);

        var e = Assert.Throws<BusinessRuleException>(() => request.Ship(null, "T-1", Now.AddDays(60).AddSeconds(1)));

        Assert.Equal("rma-expired", e.Code);
        Assert.Equal(ReturnStatus.ReturnOrderCreated, request.Status);
    }

    [Fact]
    public void Receive_PostsToReturnsStock()
    {
        var request = InStatus(ReturnStatus.Received);

        Assert.Equal(ReturnRequest.ReturnsStock, request.StockLocation);
    }

    [Fact]
    public void InspectAccepted_CreditsEverythingMinusFifteenPercent()
    {
        var request = InStatus(ReturnStatus.Inspected);

        Assert.Equal(880_00, request.AcceptedMinor);
        Assert.Equal(132_00, request.RestockingFeeMinor);
        Assert.Equal(748_00, request.CreditMinor);
    }

    [Fact]
    public void InspectPartially_CreditsTheRecordedQuantities_RoundingTheFeeHalfUp()
    {
        var request = InStatus(ReturnStatus.Received);
        request.RecordAcceptedQuantities(new Dictionary<int, int> { [1] = 1, [2] = 3 }, Now);

        request.Inspect(ReturnInspectionResult.PartiallyAccepted, Now);

        // 350.00 + 135.00 = 485.00; 15 % = 72.75.
        Assert.Equal(485_00, request.AcceptedMinor);
        Assert.Equal(72_75, request.RestockingFeeMinor);
        Assert.Equal(412_25, request.CreditMinor);
        Assert.Equal(2, ReturnRequest.RestockingFee(10, 15));
        Assert.Equal(0, ReturnRequest.RestockingFee(3, 15));
    }

    [Fact]
    public void InspectPartially_WithoutEveryLineRecorded_OrWithAllAccepted_IsRefused()
    {
        var missing = InStatus(ReturnStatus.Received);
        missing.RecordAcceptedQuantities(new Dictionary<int, int> { [1] = 1 }, Now);
        Assert.False(missing.PartialAcceptanceRecorded);
        Assert.Throws<BusinessRuleException>(() => missing.Inspect(ReturnInspectionResult.PartiallyAccepted, Now));

        var all = InStatus(ReturnStatus.Received);
        all.RecordAcceptedQuantities(new Dictionary<int, int> { [1] = 2, [2] = 4 }, Now);
        Assert.False(all.PartialAcceptanceRecorded);
        Assert.Equal(ReturnStatus.Received, all.Status);
    }

    [Fact]
    public void RecordAcceptedQuantities_RefusesMoreThanReturned_AnUnknownLine_AndTheWrongStatus()
    {
        var request = InStatus(ReturnStatus.Received);

        Assert.Throws<BusinessRuleException>(() => request.RecordAcceptedQuantities(new Dictionary<int, int> { [1] = 3 }, Now));
        Assert.Throws<BusinessRuleException>(() => request.RecordAcceptedQuantities(new Dictionary<int, int> { [9] = 1 }, Now));
        Assert.Throws<InvalidTransitionException>(() => InStatus(ReturnStatus.Shipped).RecordAcceptedQuantities(new Dictionary<int, int> { [1] = 1 }, Now));
    }

    [Fact]
    public void InspectRejected_LeadsToRejection_WithNothingToCredit()
    {
        var request = InStatus(ReturnStatus.Received);
        request.Inspect(ReturnInspectionResult.Rejected, Now);

        Assert.Throws<BusinessRuleException>(() => request.IssueCreditNote(Now));
        request.Reject("UPR", "fitting marks", Now);

        Assert.Equal(ReturnStatus.Rejected, request.Status);
        Assert.Equal(0, request.CreditMinor);
    }

    public static TheoryData<ReturnStatus, ReturnTrigger, ReturnStatus> LegalMoves { get; } = new()
    {
        { ReturnStatus.Requested, ReturnTrigger.Approve, ReturnStatus.Approved },
        { ReturnStatus.Requested, ReturnTrigger.Reject, ReturnStatus.Rejected },
        { ReturnStatus.Requested, ReturnTrigger.Cancel, ReturnStatus.Cancelled },
        { ReturnStatus.Approved, ReturnTrigger.CreateReturnOrder, ReturnStatus.ReturnOrderCreated },
        { ReturnStatus.Approved, ReturnTrigger.ExpireRma, ReturnStatus.RmaExpired },
        { ReturnStatus.Approved, ReturnTrigger.Cancel, ReturnStatus.Cancelled },
        { ReturnStatus.ReturnOrderCreated, ReturnTrigger.Ship, ReturnStatus.Shipped },
        { ReturnStatus.ReturnOrderCreated, ReturnTrigger.ExpireRma, ReturnStatus.RmaExpired },
        { ReturnStatus.ReturnOrderCreated, ReturnTrigger.Cancel, ReturnStatus.Cancelled },
        { ReturnStatus.Shipped, ReturnTrigger.Receive, ReturnStatus.Received },
        { ReturnStatus.Received, ReturnTrigger.Inspect, ReturnStatus.Inspected },
        { ReturnStatus.Inspected, ReturnTrigger.IssueCreditNote, ReturnStatus.CreditNoteIssued },
        { ReturnStatus.Inspected, ReturnTrigger.Reject, ReturnStatus.Rejected },
        { ReturnStatus.CreditNoteIssued, ReturnTrigger.Close, ReturnStatus.Closed },
    };

    [Theory]
    [MemberData(nameof(LegalMoves))]
    public void LegalMove_ReachesItsStatus(ReturnStatus from, ReturnTrigger trigger, ReturnStatus to)
    {
        var request = InStatus(from);

        Fire(request, trigger);

        Assert.Equal(to, request.Status);
    }

    public static TheoryData<ReturnStatus, ReturnTrigger> IllegalMoves
    {
        get
        {
            var legal = LegalMoves.Select(m => ((ReturnStatus)m.Data.Item1, (ReturnTrigger)m.Data.Item2)).ToHashSet();
            ReturnStatus[] reachable = [ReturnStatus.Requested, ReturnStatus.Approved, ReturnStatus.ReturnOrderCreated, ReturnStatus.Shipped, ReturnStatus.Received, ReturnStatus.Inspected, ReturnStatus.CreditNoteIssued, ReturnStatus.Closed];
            var data = new TheoryData<ReturnStatus, ReturnTrigger>();
            foreach (var status in reachable)
            {
                foreach (var trigger in Enum.GetValues<ReturnTrigger>().Where(t => !legal.Contains((status, t))))
                {
                    data.Add(status, trigger);
                }
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(IllegalMoves))]
    public void IllegalMove_Throws_AndChangesNothing(ReturnStatus from, ReturnTrigger trigger)
    {
        var request = InStatus(from);
        var version = (request.UpdatedAt, request.RmaNumber, request.CreditMinor, request.DecisionReasonCode);

        var e = Assert.Throws<InvalidTransitionException>(() => Fire(request, trigger));

        Assert.Equal(trigger.ToString(), e.Trigger);
        Assert.Equal(from, request.Status);
        Assert.Equal(version, (request.UpdatedAt, request.RmaNumber, request.CreditMinor, request.DecisionReasonCode));
    }

    [Theory]
    [InlineData(ReturnStatus.Rejected)]
    [InlineData(ReturnStatus.RmaExpired)]
    [InlineData(ReturnStatus.Cancelled)]
    public void SideEndings_AreFinal(ReturnStatus ending)
    {
        var request = NewReturn();
        switch (ending)
        {
            case ReturnStatus.Rejected:
                request.Reject("UPR", null, Now);
                break;
            case ReturnStatus.RmaExpired:
                request.Approve(null, Now);
                request.ExpireRma(Now.AddDays(60));
                break;
            default:
                request.Cancel("changed mind", Now);
                break;
        }

        Assert.Equal(ending, request.Status);
        Assert.Empty(request.PermittedTriggers);
    }

    private static void Fire(ReturnRequest request, ReturnTrigger trigger)
    {
        switch (trigger)
        {
            case ReturnTrigger.Approve: request.Approve(null, Now); break;
            case ReturnTrigger.Reject: request.Reject("UPR", null, Now); break;
            case ReturnTrigger.CreateReturnOrder: request.CreateReturnOrder(Now); break;
            case ReturnTrigger.Ship: request.Ship(null, "T-2", Now); break;
            case ReturnTrigger.Receive: request.Receive(Now); break;
            case ReturnTrigger.Inspect: request.Inspect(ReturnInspectionResult.Accepted, Now); break;
            case ReturnTrigger.IssueCreditNote: request.IssueCreditNote(Now); break;
            case ReturnTrigger.Close: request.Close(Now); break;
            case ReturnTrigger.ExpireRma: request.ExpireRma(Now); break;
            case ReturnTrigger.Cancel: request.Cancel(null, Now); break;
            default: throw new ArgumentOutOfRangeException(nameof(trigger));
        }
    }
}
