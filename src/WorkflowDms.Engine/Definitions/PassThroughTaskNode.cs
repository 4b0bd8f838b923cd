namespace WorkflowDms.Engine.Definitions;

/// <summary>A <c>manualTask</c> or plain <c>task</c>: nothing for the engine to do, the token passes through.</summary>
internal sealed class PassThroughTaskNode(string id, string? name, string elementType) : ActivityNode(id, name, elementType);
