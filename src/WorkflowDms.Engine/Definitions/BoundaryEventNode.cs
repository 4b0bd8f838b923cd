namespace WorkflowDms.Engine.Definitions;

internal sealed class BoundaryEventNode(string id, string? name, EventDefinition trigger, string? attachedToRef, bool cancelActivity)
    : EventNode(id, name, "boundaryEvent", trigger)
{
    public string? AttachedToRef { get; } = attachedToRef;

    /// <summary>Interrupting (the default); error boundaries always interrupt.</summary>
    public bool CancelActivity { get; } = cancelActivity;

    public ActivityNode? AttachedTo { get; set; }
}
