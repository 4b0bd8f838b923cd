namespace WorkflowDms.Application.Designer;

/// <summary>Body of POST …/publish: an optional note for the version list.</summary>
public sealed record PublishRequest(string? Comment);
