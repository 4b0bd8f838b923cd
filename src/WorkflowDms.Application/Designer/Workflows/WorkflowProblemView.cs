namespace WorkflowDms.Application.Designer.Workflows;

/// <summary>Why the engine refuses an element: its id, its BPMN type and the reason.</summary>
public sealed record WorkflowProblemView(string ElementId, string ElementType, string Message);
