namespace WorkflowDms.Application.Designer.Forms;

/// <summary>One form key in the designer's list: published or only referenced by a workflow.</summary>
public sealed record FormSummaryView(string FormKey, int? LatestVersion, bool HasDraft, IReadOnlyList<FormUsageView> UsedBy);
