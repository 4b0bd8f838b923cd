namespace WorkflowDms.Application.Statistics;

/// <summary>
/// Second stage of every statistics query. The database groups by org path (and status, currency, …), which
/// yields at most one row per org node and key however many cases there are; here those node rows are summed
/// into dealer, branch or region rows and one total row.
/// </summary>
internal static class Rollup
{
    public const string TotalGroup = "total";

    public static (IReadOnlyList<TRow> Rows, TRow Total) Build<TFact, TRow>(
        StatisticsScope scope, IReadOnlyList<TFact> facts, Func<string, IReadOnlyList<TFact>, TRow> row)
        where TFact : INodeFact
    {
        var rows = facts
            .GroupBy(f => scope.GroupOf(f.OrgPath), StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => row(g.Key, [.. g]))
            .ToList();
        return (rows, row(TotalGroup, facts));
    }

    /// <summary>The same with a second set of node figures per group (decision-time histograms beside the counts).</summary>
    public static (IReadOnlyList<TRow> Rows, TRow Total) Build<TFact, TOther, TRow>(
        StatisticsScope scope, IReadOnlyList<TFact> facts, IReadOnlyList<TOther> others, Func<string, IReadOnlyList<TFact>, IReadOnlyList<TOther>, TRow> row)
        where TFact : INodeFact
        where TOther : INodeFact
    {
        var othersByGroup = others.ToLookup(o => scope.GroupOf(o.OrgPath), StringComparer.Ordinal);
        var (rows, _) = Build(scope, facts, (group, inGroup) => row(group, inGroup, [.. othersByGroup[group]]));
        return (rows, row(TotalGroup, facts, others));
    }
}
