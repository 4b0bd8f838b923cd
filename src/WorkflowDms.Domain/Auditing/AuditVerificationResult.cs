namespace WorkflowDms.Domain.Auditing;

/// <summary>Outcome of a chain verification; <see cref="BrokenAtSequence"/> is the first bad (or missing) sequence.</summary>
public sealed record AuditVerificationResult(AuditBreak Break, long EntriesChecked, long? BrokenAtSequence, string Message)
{
    public bool IsValid => Break == AuditBreak.None;
}
