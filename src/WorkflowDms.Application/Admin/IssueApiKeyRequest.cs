namespace WorkflowDms.Application.Admin;

/// <summary>A label for the new key (which DMS installation uses it).</summary>
public sealed record IssueApiKeyRequest(string? Label);
