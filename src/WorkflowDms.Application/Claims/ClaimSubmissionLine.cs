namespace WorkflowDms.Application.Claims;

/// <summary>One line of a submitted claim: labor (operation + hours), part (number + quantity), or sublet/other (description + amount).</summary>
public sealed record ClaimSubmissionLine
{
    /// <summary><c>labor</c>, <c>part</c>, <c>sublet</c> or <c>other</c>.</summary>
    public string? Type { get; init; }
    public string? OperationCode { get; init; }
    public decimal? Hours { get; init; }
    public string? PartNumber { get; init; }
    public int? Quantity { get; init; }
    public string? Description { get; init; }
    /// <summary>Sublet and other lines only, in major units (e.g. 120.50).</summary>
    public decimal? Amount { get; init; }
    /// <summary>Why more labour hours than the standard were needed, or any other remark.</summary>
    public string? Comment { get; init; }
}
