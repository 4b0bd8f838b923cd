namespace WorkflowDms.Application.Designer.RuleSets;

/// <summary>The shared draft of a rule set and what the compiler says about it now.</summary>
/// <param name="Problems">Empty when the draft compiles and would publish.</param>
/// <param name="Name">The rule set.</param>
/// <param name="Inputs">Its declared inputs (what expressions may use).</param>
/// <param name="Rules">The rule table.</param>
/// <param name="BasedOnVersion">The published version the draft started from.</param>
/// <param name="UpdatedBy">Who saved it last.</param>
/// <param name="UpdatedAt">When, UTC.</param>
/// <param name="Etag">Send back with the next save.</param>
public sealed record RuleSetDraftView(
    string Name,
    IReadOnlyList<RuleSetInputView> Inputs,
    IReadOnlyList<RuleRow> Rules,
    int BasedOnVersion,
    string UpdatedBy,
    DateTime UpdatedAt,
    string Etag,
    IReadOnlyList<RuleSetProblemView> Problems);
