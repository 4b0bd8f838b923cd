namespace WorkflowDms.Domain.Auditing;

/// <summary>The first inconsistency <see cref="AuditVerifier"/> found.</summary>
public enum AuditBreak
{
    None,
    /// <summary>The row's content does not hash to its stored hash: the row was edited.</summary>
    HashMismatch,
    /// <summary>A sequence number is missing: a row was deleted.</summary>
    SequenceGap,
    /// <summary>The row does not point at the stored hash of its predecessor.</summary>
    PreviousHashMismatch,
    /// <summary>The last row is not where the head says: tail rows were deleted or the head was altered.</summary>
    HeadMismatch,
    /// <summary>There is no head row at all.</summary>
    MissingHead,
}
