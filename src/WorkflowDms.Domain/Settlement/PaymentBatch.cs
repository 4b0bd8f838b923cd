using WorkflowDms.Domain.Errors;

namespace WorkflowDms.Domain.Settlement;

/// <summary>
/// A dealer's warranty payment for one period (infodms 结算 settlement): the claims approved for payment, their
/// total, and the credit note posted to the dealer's account. Created once per dealer and period.
/// </summary>
public class PaymentBatch
{
    private PaymentBatch()
    {
        Number = "";
        DealerCode = "";
        OrgPath = "";
        Period = "";
        Currency = "";
        CreditNoteReference = "";
    }

    public Guid Id { get; private set; }

    /// <summary><c>PB-{period}-{dealer}</c>, unique.</summary>
    public string Number { get; private set; }

    public Guid DealerId { get; private set; }

    public string DealerCode { get; private set; }

    public Guid OrgNodeId { get; private set; }

    public string OrgPath { get; private set; }

    /// <summary>The settlement period, <c>yyyy-MM</c>.</summary>
    public string Period { get; private set; }

    public int ClaimCount { get; private set; }

    public long TotalMinor { get; private set; }

    public string Currency { get; private set; }

    /// <summary>The credit note's reference on the dealer's account: <c>payment-batch:{id}</c>.</summary>
    public string CreditNoteReference { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public string CreatedBy { get; private set; } = "";

    public static PaymentBatch Create(
        Guid id, string period, Guid dealerId, string dealerCode, Guid orgNodeId, string orgPath, string currency,
        IReadOnlyCollection<long> approvedAmountsMinor, string createdBy, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(approvedAmountsMinor);
        if (approvedAmountsMinor.Count == 0)
        {
            throw new BusinessRuleException("empty-payment-batch", $"Dealer {dealerCode} has no claims approved for payment in {period}.");
        }

        long total = 0;
        foreach (var amount in approvedAmountsMinor)
        {
            total = checked(total + amount);
        }

        return new PaymentBatch
        {
            Id = id,
            Number = $"PB-{period}-{dealerCode}",
            DealerId = dealerId,
            DealerCode = dealerCode,
            OrgNodeId = orgNodeId,
            OrgPath = orgPath,
            Period = period,
            ClaimCount = approvedAmountsMinor.Count,
            TotalMinor = total,
            Currency = currency,
            CreditNoteReference = $"payment-batch:{id}",
            CreatedAt = now,
            CreatedBy = createdBy,
        };
    }
}
