namespace WorkflowDms.Application.Designer.Workflows;

/// <summary>
/// A published version: who published it, when, from where (<c>Source</c>: <c>file</c> for shipped, <c>designer</c>),
/// and how many instances still run on it.
/// </summary>
public sealed record WorkflowVersionView(
    string ProcessId,
    int Version,
    string PublishedBy,
    DateTime PublishedAt,
    string Source,
    string Sha256,
    int RunningInstances,
    string? Comment);
