namespace WorkflowDms.Application.Exports;

/// <summary>What every export source reads by: the caller's scope (org path prefix), the period, and the most rows it may return.</summary>
/// <param name="Scope">The caller's org path; only rows whose org path starts with it are exported.</param>
/// <param name="Period">[From, To) in UTC.</param>
/// <param name="Limit">The export's row bound: a source reads at most <c>Limit + 1</c> rows, so one too many shows the bound was passed.</param>
internal sealed record ExportQuery(string Scope, ExportPeriod Period, int Limit)
{
    /// <summary>How many rows a source fetches: one more than the bound, so an export over it is detected without counting everything.</summary>
    public int Fetch => Limit + 1;
}
