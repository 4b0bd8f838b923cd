namespace WorkflowDms.Application.Statistics;

/// <summary>How many cases of one org node were decided <see cref="Minutes"/> (rounded) after submission.</summary>
internal sealed record DecisionCount(string OrgPath, long Minutes, int Count) : INodeFact;
