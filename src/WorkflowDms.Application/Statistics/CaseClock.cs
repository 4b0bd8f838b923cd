namespace WorkflowDms.Application.Statistics;

/// <summary>
/// What the decision-time query needs of a case of any lifecycle. A settable class rather than a positional
/// record so EF Core can compose further operators over a projection into it.
/// </summary>
internal sealed class CaseClock
{
    public Guid Id { get; init; }

    public string OrgPath { get; init; } = "";

    public DateTime SubmittedAt { get; init; }
}
