namespace WorkflowDms.Application.Inbox;

/// <summary>
/// Where the task's workflow instance stands on its diagram: the BPMN XML of the version it runs on, the
/// elements with a waiting token or subscription now, and every element and sequence flow passed so far.
/// </summary>
public sealed record CaseProcessView(
    Guid InstanceId,
    string ProcessId,
    int Version,
    string Status,
    IReadOnlyList<string> ActiveElementIds,
    IReadOnlyList<string> VisitedElementIds,
    IReadOnlyList<string> TakenFlowIds,
    string? Xml);
