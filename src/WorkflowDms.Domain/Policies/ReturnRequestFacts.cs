namespace WorkflowDms.Domain.Policies;

/// <summary>What the returns-policy rules see of a return request (parameter <c>request</c>); money in major units.</summary>
public sealed record ReturnRequestFacts
{
    public string Number { get; init; } = "";
    /// <summary>The order reason (RT-09).</summary>
    public string Reason { get; init; } = "";
    /// <summary>Σ quantity × unit price paid.</summary>
    public decimal TotalValue { get; init; }
    /// <summary>The restocking fee the request would carry, in percent (RT-05, RT-06).</summary>
    public int RestockingFeePercent { get; init; }
    public int LineCount { get; init; }
    public IReadOnlyList<ReturnLineFacts> Lines { get; init; } = [];
}
