namespace WorkflowDms.Application.Designer.Workflows;

/// <summary>What the designer's palette and properties panel may offer: exactly what the engine honours.</summary>
public sealed record DesignerCapabilitiesView(
    IReadOnlyList<string> Elements,
    IReadOnlyList<string> CamundaAttributes,
    IReadOnlyList<string> TaskTopics,
    IReadOnlyList<string> RuleSets,
    IReadOnlyList<string> FormKeys,
    IReadOnlyList<string> CandidateGroups);
