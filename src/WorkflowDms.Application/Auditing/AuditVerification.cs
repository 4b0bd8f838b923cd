namespace WorkflowDms.Application.Auditing;

/// <summary>Result of verifying the audit chain: valid, how many entries, and where it first broke.</summary>
public sealed record AuditVerification(bool Valid, long Entries, long? FirstBrokenSequence, string? Problem);
