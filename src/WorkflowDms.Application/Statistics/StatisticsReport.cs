namespace WorkflowDms.Application.Statistics;

/// <summary>
/// Figures per dealer, branch or region (<see cref="GroupBy"/>) within <see cref="Scope"/>, plus a total row.
/// <see cref="From"/> and <see cref="To"/> are the period for figures of cases submitted in a period, null
/// for figures of the current state (credit blocks, open tasks), which are as of <see cref="AsOf"/>.
/// </summary>
public sealed record StatisticsReport<TRow>(string GroupBy, string Scope, DateTime? From, DateTime? To, DateTime AsOf, IReadOnlyList<TRow> Rows, TRow Total);
