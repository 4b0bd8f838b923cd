namespace WorkflowDms.Application.Inbox;

/// <summary>Body of POST /tasks/{id}/complete.</summary>
/// <param name="Decision">approve | reject | send-back for a claim review; accepted | no-fault-found | missing | damaged for a part inspection.</param>
/// <param name="ReasonCode">Reason code (ANSI X12 1172 style), required to reject or send back.</param>
/// <param name="Comment">Free text for the dealer and the audit trail.</param>
public sealed record TaskDecision(string? Decision, string? ReasonCode, string? Comment);
