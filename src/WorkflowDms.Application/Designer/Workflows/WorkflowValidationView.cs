namespace WorkflowDms.Application.Designer.Workflows;

/// <summary>The engine reader's verdict on BPMN XML; <c>Status</c> is <c>OK</c>, <c>DISPLAY-ONLY</c> or <c>INVALID</c>, as the command line prints it.</summary>
public sealed record WorkflowValidationView(bool Executable, string Status, IReadOnlyList<WorkflowProblemView> Problems);
