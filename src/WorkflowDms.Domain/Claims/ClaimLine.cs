using WorkflowDms.Domain.Errors;

namespace WorkflowDms.Domain.Claims;

/// <summary>One job line of a claim with its own disposition; amounts in minor units of the claim currency.</summary>
public class ClaimLine
{
    private ClaimLine()
    {
    }

    public Guid Id { get; private set; }

    public Guid ClaimId { get; private set; }

    /// <summary>1-based, unique within the claim.</summary>
    public int LineNumber { get; private set; }

    public ClaimLineType Type { get; private set; }

    public string? OperationCode { get; private set; }

    public long HundredthHours { get; private set; }

    public string? PartNumber { get; private set; }

    public int Quantity { get; private set; }

    public string? Description { get; private set; }

    public string? Comment { get; private set; }

    public long UnitPriceMinor { get; private set; }

    public long AmountMinor { get; private set; }

    public ClaimLineDisposition Disposition { get; private set; }

    public long? ApprovedAmountMinor { get; private set; }

    public string? ReasonCode { get; private set; }

    internal static ClaimLine Create(Guid claimId, int lineNumber, ClaimLineDraft draft, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(draft);
        Validate(lineNumber, draft);
        return new ClaimLine
        {
            // Version 7 ids keep inserts at the end of the primary-key index.
            Id = Guid.CreateVersion7(new DateTimeOffset(now.Ticks, TimeSpan.Zero)),
            ClaimId = claimId,
            LineNumber = lineNumber,
            Type = draft.Type,
            OperationCode = draft.OperationCode,
            HundredthHours = draft.HundredthHours,
            PartNumber = draft.PartNumber,
            Quantity = draft.Quantity,
            Description = draft.Description,
            Comment = draft.Comment,
            UnitPriceMinor = draft.UnitPriceMinor,
            AmountMinor = ComputeAmount(draft.Type, draft.HundredthHours, draft.Quantity, draft.UnitPriceMinor),
            Disposition = ClaimLineDisposition.Pending,
        };
    }

    /// <summary>
    /// Labour: hours×100 × hourly rate / 100, rounded half away from zero to the minor unit; everything else:
    /// quantity × unit price. Checked arithmetic: an absurd claim overflows loudly instead of wrapping.
    /// </summary>
    public static long ComputeAmount(ClaimLineType type, long hundredthHours, int quantity, long unitPriceMinor) =>
        type == ClaimLineType.Labor
            ? checked((hundredthHours * unitPriceMinor) + 50) / 100
            : checked(quantity * unitPriceMinor);

    internal void Decide(ClaimLineDisposition disposition, long? approvedAmountMinor, string? reasonCode)
    {
        switch (disposition)
        {
            case ClaimLineDisposition.Approved:
                ApprovedAmountMinor = AmountMinor;
                break;
            case ClaimLineDisposition.Adjusted when approvedAmountMinor is { } adjusted && adjusted >= 0 && adjusted < AmountMinor && !string.IsNullOrWhiteSpace(reasonCode):
                ApprovedAmountMinor = adjusted;
                break;
            case ClaimLineDisposition.Rejected when !string.IsNullOrWhiteSpace(reasonCode):
                ApprovedAmountMinor = 0;
                break;
            default:
                throw new BusinessRuleException(
                    "invalid-line-decision",
                    $"Line {LineNumber}: an adjustment needs a reason and an amount from 0 to below {AmountMinor}; a rejection needs a reason.");
        }

        Disposition = disposition;
        ReasonCode = reasonCode;
    }

    /// <summary>Lines nobody decided on are approved in full when the claim is approved.</summary>
    internal void ApproveIfPending()
    {
        if (Disposition == ClaimLineDisposition.Pending)
        {
            Decide(ClaimLineDisposition.Approved, null, null);
        }
    }

    /// <summary>An appeal reopens every line for a fresh decision.</summary>
    internal void Reopen()
    {
        Disposition = ClaimLineDisposition.Pending;
        ApprovedAmountMinor = null;
        ReasonCode = null;
    }

    internal void RejectIfPending(string reasonCode)
    {
        if (Disposition == ClaimLineDisposition.Pending)
        {
            Decide(ClaimLineDisposition.Rejected, null, reasonCode);
        }
    }

    private static void Validate(int lineNumber, ClaimLineDraft draft)
    {
        var problem = draft switch
        {
            { UnitPriceMinor: < 0 } => "the unit price cannot be negative",
            { Type: ClaimLineType.Labor, OperationCode: null or "" } => "a labour line needs an operation code",
            { Type: ClaimLineType.Labor, HundredthHours: <= 0 } => "a labour line needs hours above zero",
            { Type: ClaimLineType.Part, PartNumber: null or "" } => "a part line needs a part number",
            { Type: not ClaimLineType.Labor, Quantity: <= 0 } => "the quantity must be at least 1",
            _ => null,
        };
        if (problem is not null)
        {
            throw new BusinessRuleException("invalid-claim-line", $"Line {lineNumber}: {problem}.");
        }
    }
}
