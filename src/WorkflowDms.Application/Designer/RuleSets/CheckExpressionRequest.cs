namespace WorkflowDms.Application.Designer.RuleSets;

/// <summary>Body of POST /designer/rule-sets/{name}/check-expression.</summary>
public sealed record CheckExpressionRequest(string? Expression);
