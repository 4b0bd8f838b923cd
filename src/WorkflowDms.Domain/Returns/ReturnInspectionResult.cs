namespace WorkflowDms.Domain.Returns;

/// <summary>The warehouse's verdict on the received goods (domain-reference §2.6 step 6).</summary>
public enum ReturnInspectionResult
{
    Accepted,
    PartiallyAccepted,
    Rejected,
}
