namespace WorkflowDms.Engine.Execution;

/// <summary>
/// A message arrived for this instance. The caller correlates it to the instance (message name plus correlation
/// key = business key); the engine hands it to the oldest open message bookmark of that name.
/// </summary>
/// <param name="MessageName">The BPMN message name.</param>
/// <param name="Variables">The message payload, merged into the instance, or null.</param>
public sealed record DeliverMessage(string MessageName, IReadOnlyDictionary<string, object?>? Variables = null) : Stimulus;
