namespace WorkflowDms.Domain.Claims;

/// <summary>
/// A claim line as the application priced it from the catalogue. <see cref="UnitPriceMinor"/> is the hourly
/// labour rate for labour lines and the unit price otherwise.
/// </summary>
public sealed record ClaimLineDraft
{
    public required ClaimLineType Type { get; init; }

    public string? OperationCode { get; init; }

    /// <summary>Labour hours ×100 (1.5 h = 150).</summary>
    public long HundredthHours { get; init; }

    public string? PartNumber { get; init; }

    public int Quantity { get; init; } = 1;

    public string? Description { get; init; }

    public string? Comment { get; init; }

    public long UnitPriceMinor { get; init; }
}
