namespace WorkflowDms.Engine.Definitions;

internal sealed class EndEventNode(string id, string? name, EventDefinition trigger)
    : EventNode(id, name, "endEvent", trigger);
