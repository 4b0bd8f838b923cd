namespace WorkflowDms.Application.Designer.Workflows;

/// <summary>One element of a <see cref="BpmnElementMap"/>: its BPMN type, name and flattened attributes.</summary>
internal sealed record MappedElement(string Type, string? Name, IReadOnlyDictionary<string, string> Attributes);
