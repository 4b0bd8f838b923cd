namespace WorkflowDms.Engine.Execution.Effects;

/// <summary>A boundary event fired.</summary>
/// <param name="ElementId">The boundary event.</param>
/// <param name="AttachedToElementId">The activity it is attached to.</param>
/// <param name="Interrupting">True when the activity was cancelled.</param>
public sealed record BoundaryEventTriggered(string ElementId, string AttachedToElementId, bool Interrupting) : WorkflowEffect(ElementId);
