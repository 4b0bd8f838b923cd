namespace WorkflowDms.Engine.Definitions;

internal sealed class StartEventNode(string id, string? name, EventDefinition trigger)
    : EventNode(id, name, "startEvent", trigger);
