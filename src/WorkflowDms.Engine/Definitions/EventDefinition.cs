namespace WorkflowDms.Engine.Definitions;

/// <summary>What an event waits for or throws. <see cref="ErrorCode"/> null on a catching error event catches all.</summary>
internal sealed record EventDefinition(EventKind Kind, string? MessageName = null, TimerDefinition? Timer = null, string? ErrorCode = null)
{
    public static readonly EventDefinition None = new(EventKind.None);
}
