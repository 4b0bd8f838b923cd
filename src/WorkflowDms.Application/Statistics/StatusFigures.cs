namespace WorkflowDms.Application.Statistics;

/// <summary>How many cases are in a status and what they are worth, per currency.</summary>
public sealed record StatusFigures(int Count, IReadOnlyList<MoneyAmount> Value);
