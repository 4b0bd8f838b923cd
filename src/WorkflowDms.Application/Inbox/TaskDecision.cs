namespace WorkflowDms.Application.Inbox;

/// <summary>Body of POST /tasks/{id}/complete.</summary>
/// <param name="Decision">approve | reject | send-back for a claim review; accepted | no-fault-found | missing | damaged for a part inspection.</param>
/// <param name="ReasonCode">Reason code (ANSI X12 1172 style), required to reject or send back.</param>
/// <param name="Comment">Free text for the dealer and the audit trail.</param>
/// <param name="ApprovedAmount">The amount an approval grants, where the task's form asks for one (pre-authorisation review: the authorised maximum).</param>
/// <param name="ValidUntil">The last day an approval is valid, where the task's form asks for one (pre-authorisation review).</param>
public sealed record TaskDecision(string? Decision, string? ReasonCode, string? Comment, decimal? ApprovedAmount = null, DateOnly? ValidUntil = null);
