namespace WorkflowDms.Engine.Definitions;

internal sealed class IntermediateCatchEventNode(string id, string? name, EventDefinition trigger)
    : EventNode(id, name, "intermediateCatchEvent", trigger);
