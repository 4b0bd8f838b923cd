namespace WorkflowDms.Application.Designer.RuleSets;

/// <summary>One published version with its inputs and rules.</summary>
public sealed record RuleSetVersionDetailView(
    string Name,
    int Version,
    IReadOnlyList<RuleSetInputView> Inputs,
    IReadOnlyList<RuleRow> Rules,
    string PublishedBy,
    DateTime PublishedAt,
    string Source,
    string? Comment,
    string Sha256);
