using WorkflowDms.Domain.Dealers;
using WorkflowDms.Domain.Errors;

namespace WorkflowDms.Domain.Credit;

/// <summary>
/// A dealer's credit account (domain-reference §2.3a, SAP FSCM credit segment): limit with a valid-to date,
/// risk class, manual block, next review date and the payment-behaviour thresholds the credit check uses.
/// Exposure is not stored here: it is the sum of the account's postings (<see cref="CreditPosting"/>).
/// </summary>
public class CreditAccount : IVersioned
{
    private CreditAccount()
    {
        DealerCode = "";
        OrgPath = "";
        Currency = "";
        RiskClass = "";
    }

    public Guid Id { get; private set; }

    public Guid DealerId { get; private set; }

    public string DealerCode { get; private set; }

    public string OrgPath { get; private set; }

    public string Currency { get; private set; }

    /// <summary>The master-data limit (SAP CREDIT_LIMIT).</summary>
    public long BaseLimitMinor { get; private set; }

    /// <summary>The limit stops being valid after this day (SAP LIMIT_VALID_DATE; C-12): the effective limit is then 0.</summary>
    public DateTime LimitValidTo { get; private set; }

    /// <summary>An approved temporary limit, in force until <see cref="TemporaryLimitEndsAt"/> (C-15).</summary>
    public long? TemporaryLimitMinor { get; private set; }

    public DateTime? TemporaryLimitEndsAt { get; private set; }

    /// <summary>A (best) to D (worst).</summary>
    public string RiskClass { get; private set; }

    /// <summary>SAP XBLOCKED (C-10).</summary>
    public bool ManualBlock { get; private set; }

    public string? BlockReason { get; private set; }

    /// <summary>New documents are held once this day has passed (C-11).</summary>
    public DateTime NextReviewDate { get; private set; }

    /// <summary>Days an invoice may be overdue before new orders are blocked (C-06).</summary>
    public int AllowedOverdueDays { get; private set; }

    /// <summary>Largest single order for this risk class (O-18); 0 = no cap.</summary>
    public long MaxDocumentValueMinor { get; private set; }

    public DateTime UpdatedAt { get; private set; }

    public int Version { get; private set; }

    public static CreditAccount Open(Guid id, Dealer dealer, long limitMinor, DateTime limitValidTo, string riskClass, DateTime nextReviewDate, int allowedOverdueDays, long maxDocumentValueMinor, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(dealer);
        if (limitMinor < 0 || allowedOverdueDays < 0 || maxDocumentValueMinor < 0 || riskClass is not ("A" or "B" or "C" or "D"))
        {
            throw new BusinessRuleException("invalid-credit-account", "A credit account needs a limit ≥ 0, overdue days ≥ 0, a max document value ≥ 0 and a risk class A–D.");
        }

        return new CreditAccount
        {
            Id = id,
            DealerId = dealer.Id,
            DealerCode = dealer.Code,
            OrgPath = dealer.OrgPath,
            Currency = dealer.Currency,
            BaseLimitMinor = limitMinor,
            LimitValidTo = DateTime.SpecifyKind(limitValidTo.Date, DateTimeKind.Utc),
            RiskClass = riskClass,
            NextReviewDate = DateTime.SpecifyKind(nextReviewDate.Date, DateTimeKind.Utc),
            AllowedOverdueDays = allowedOverdueDays,
            MaxDocumentValueMinor = maxDocumentValueMinor,
            UpdatedAt = now,
        };
    }

    /// <summary>The limit in force at <paramref name="now"/>: 0 after the valid-to date (C-12), the temporary limit while it runs.</summary>
    public long EffectiveLimitMinor(DateTime now)
    {
        if (now.Date > LimitValidTo)
        {
            return 0;
        }

        return TemporaryLimitMinor is { } temporary && TemporaryLimitEndsAt is { } ends && now < ends ? temporary : BaseLimitMinor;
    }

    public bool ReviewOverdue(DateTime now) => now.Date > NextReviewDate;

    public void Block(string reason, DateTime now)
    {
        ManualBlock = true;
        BlockReason = reason;
        UpdatedAt = now;
    }

    public void Unblock(DateTime now)
    {
        ManualBlock = false;
        BlockReason = null;
        UpdatedAt = now;
    }

    /// <summary>An approved limit request takes effect: permanently (new base limit) or until <paramref name="endsAt"/>.</summary>
    public void ApplyLimit(long limitMinor, DateTime? endsAt, DateTime now)
    {
        if (limitMinor < 0)
        {
            throw new BusinessRuleException("invalid-limit", "A credit limit cannot be negative.");
        }

        if (endsAt is null)
        {
            BaseLimitMinor = limitMinor;
            TemporaryLimitMinor = null;
            TemporaryLimitEndsAt = null;
        }
        else
        {
            TemporaryLimitMinor = limitMinor;
            TemporaryLimitEndsAt = endsAt;
        }

        UpdatedAt = now;
    }

    /// <summary>A temporary increase ends (C-12): back to the base limit.</summary>
    public void RevertTemporaryLimit(DateTime now)
    {
        TemporaryLimitMinor = null;
        TemporaryLimitEndsAt = null;
        UpdatedAt = now;
    }

    /// <summary>Records a credit review: the next one is due on <paramref name="nextReviewDate"/>.</summary>
    public void Review(DateTime nextReviewDate, string riskClass, DateTime now)
    {
        if (riskClass is not ("A" or "B" or "C" or "D") || nextReviewDate.Date <= now.Date)
        {
            throw new BusinessRuleException("invalid-review", "A review sets a risk class A–D and a next review date in the future.");
        }

        NextReviewDate = DateTime.SpecifyKind(nextReviewDate.Date, DateTimeKind.Utc);
        RiskClass = riskClass;
        UpdatedAt = now;
    }
}
