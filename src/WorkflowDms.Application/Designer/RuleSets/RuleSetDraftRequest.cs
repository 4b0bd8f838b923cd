namespace WorkflowDms.Application.Designer.RuleSets;

/// <summary>Body of PUT /designer/rule-sets/{name}/draft: the whole rule table.</summary>
/// <param name="Rules">Every rule, in evaluation order.</param>
/// <param name="Etag">The draft's etag as last read; required when a draft exists, absent when starting one.</param>
/// <param name="BasedOnVersion">The published version the edit is based on (default: the latest when the draft starts, then unchanged).</param>
public sealed record RuleSetDraftRequest(IReadOnlyList<RuleRow>? Rules, string? Etag, int? BasedOnVersion);
