namespace WorkflowDms.Application.Recalls;

public sealed record CompletionRow(string Code, int Affected, int Open, int Remedied, int NotApplicable, int Excluded, decimal CompletionRate);
