using WorkflowDms.Engine.Definitions;

namespace WorkflowDms.Engine.Parsing;

/// <summary>What the reader found in one file: every process (executable or not) and whether it has a diagram.</summary>
internal sealed record BpmnDocument(IReadOnlyList<ProcessDefinition> Processes, bool HasDiagram);
