namespace WorkflowDms.Engine.Definitions;

/// <summary>Start, end and intermediate catch events share a shape: one (or no) event definition.</summary>
internal abstract class EventNode(string id, string? name, string elementType, EventDefinition trigger)
    : FlowNode(id, name, elementType)
{
    public EventDefinition Trigger { get; } = trigger;
}
