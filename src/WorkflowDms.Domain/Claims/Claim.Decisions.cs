using WorkflowDms.Domain.Errors;

namespace WorkflowDms.Domain.Claims;

/// <summary>What adjudication, reviewers, the parts-return step and settlement do to a claim.</summary>
public partial class Claim
{
    /// <summary>Adjudication passed every rule: every line approved in full.</summary>
    public void AutoApprove(DateTime now)
    {
        EnsureCanFire(ClaimTrigger.AutoApprove);
        foreach (var line in _lines)
        {
            line.ApproveIfPending();
        }

        ApprovedMinor = TotalMinor;
        Fire(ClaimTrigger.AutoApprove, now);
    }

    public void RouteToReview(DateTime now) => Fire(ClaimTrigger.RouteToReview, now);

    /// <summary>Back to the dealer for correction, from adjudication or from a reviewer.</summary>
    public void SendBack(string reasonCode, string? comment, DateTime now)
    {
        EnsureCanFire(ClaimTrigger.SendBack);
        RequireReason(reasonCode);
        SetDecision(reasonCode, comment);
        Fire(ClaimTrigger.SendBack, now);
    }

    public void Reject(string reasonCode, string? comment, DateTime now)
    {
        EnsureCanFire(ClaimTrigger.Reject);
        RequireReason(reasonCode);
        foreach (var line in _lines)
        {
            line.RejectIfPending(reasonCode);
        }

        ApprovedMinor = 0;
        SetDecision(reasonCode, comment);
        Fire(ClaimTrigger.Reject, now);
    }

    /// <summary>A reviewer's decision on one line while the claim is in review.</summary>
    public void DecideLine(int lineNumber, ClaimLineDisposition disposition, long? approvedAmountMinor, string? reasonCode)
    {
        if (Status != ClaimStatus.PendingReview)
        {
            throw new InvalidTransitionException(nameof(Claim), Id, Status.ToString(), "DecideLine");
        }

        var line = _lines.Find(l => l.LineNumber == lineNumber)
            ?? throw new BusinessRuleException("unknown-claim-line", $"Claim {Number} has no line {lineNumber}.");
        line.Decide(disposition, approvedAmountMinor, reasonCode);
    }

    /// <summary>
    /// The reviewer approves: undecided lines are approved in full, and the approved amount is the sum over
    /// lines. A claim with nothing left to pay must be rejected instead.
    /// </summary>
    public void Approve(string? reasonCode, string? comment, DateTime now)
    {
        EnsureCanFire(ClaimTrigger.Approve);
        long approved = 0;
        var partial = false;
        foreach (var line in _lines)
        {
            line.ApproveIfPending();
            approved = checked(approved + line.ApprovedAmountMinor!.Value);
            partial |= line.Disposition != ClaimLineDisposition.Approved;
        }

        if (approved == 0)
        {
            throw new BusinessRuleException("nothing-approved", "Every line is rejected or adjusted to zero: reject the claim instead.");
        }

        ApprovedMinor = approved;
        SetDecision(reasonCode ?? (partial ? ClaimReasonCodes.PartialApproval : null), comment);
        Fire(ClaimTrigger.Approve, now);
    }

    /// <summary>The dealer's correction: new header and lines, back to adjudication.</summary>
    public void Resubmit(ClaimHeader header, IReadOnlyCollection<ClaimLineDraft> lines, DateTime now)
    {
        EnsureCanFire(ClaimTrigger.Resubmit);
        ApplyCorrection(header, lines, now);
        SubmissionCount++;
        Fire(ClaimTrigger.Resubmit, now);
    }

    /// <summary>Payment waits until the old parts arrive.</summary>
    public void RequirePartsReturn(DateTime now)
    {
        EnsureCanFire(ClaimTrigger.RequirePartsReturn);
        PartsReturnRequired = true;
        Fire(ClaimTrigger.RequirePartsReturn, now);
    }

    /// <summary>Straight after approval, or when the required parts were received.</summary>
    public void ApproveForPayment(DateTime now) => Fire(ClaimTrigger.ApproveForPayment, now);

    /// <summary>
    /// The approval is withdrawn (domain-reference W-53/W-56): the part was not returned in time or is missing
    /// (PNR), showed no defect (NDF), or arrived damaged so the defect cannot be established (PD).
    /// </summary>
    public void ChargeBack(string reasonCode, string? comment, DateTime now)
    {
        EnsureCanFire(ClaimTrigger.ChargeBack);
        RequireReason(reasonCode);
        ApprovedMinor = 0;
        SetDecision(reasonCode, comment);
        Fire(ClaimTrigger.ChargeBack, now);
    }

    /// <summary>
    /// The dealer appeals a rejection (domain-reference W-60): once per claim, back to manual review. The
    /// lines are reopened so the reviewer decides them afresh.
    /// </summary>
    public void Appeal(string reason, DateTime now)
    {
        EnsureCanAppeal(reason);
        foreach (var line in _lines)
        {
            line.Reopen();
        }

        AppealCount++;
        AppealReason = reason.Trim();
        ApprovedMinor = null;
        SetDecision(null, null);
        Fire(ClaimTrigger.Appeal, now);
    }

    /// <summary>Throws unless the claim may be appealed now: rejected, not charged back, not appealed before, with a reason.</summary>
    public void EnsureCanAppeal(string? reason)
    {
        EnsureCanFire(ClaimTrigger.Appeal);
        if (AppealCount > 0)
        {
            throw new BusinessRuleException("appeal-already-used", $"Claim {Number} was already appealed once; the decision on the appeal is final.");
        }

        // Only a charge-back rejects a claim after it was approved with a part to return.
        if (PartsReturnRequired)
        {
            throw new BusinessRuleException("charge-back-not-appealable", $"Claim {Number} was charged back after the old-part return; a charge-back is not appealed.");
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new BusinessRuleException("reason-required", "An appeal needs a reason.");
        }
    }

    /// <summary>The claim is paid.</summary>
    public void Pay(DateTime now) => Fire(ClaimTrigger.Pay, now);

    /// <summary>Settlement: the claim is paid in payment batch <paramref name="batchId"/>.</summary>
    public void PayInBatch(Guid batchId, DateTime now)
    {
        EnsureCanFire(ClaimTrigger.Pay);
        PaymentBatchId = batchId;
        Fire(ClaimTrigger.Pay, now);
    }

    public void Close(DateTime now) => Fire(ClaimTrigger.Close, now);

    private void SetDecision(string? reasonCode, string? comment)
    {
        DecisionReasonCode = reasonCode;
        DecisionComment = comment;
    }

    private static void RequireReason(string reasonCode)
    {
        if (string.IsNullOrWhiteSpace(reasonCode))
        {
            throw new BusinessRuleException("reason-required", "A send-back or rejection needs a reason code.");
        }
    }
}
