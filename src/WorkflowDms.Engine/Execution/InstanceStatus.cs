namespace WorkflowDms.Engine.Execution;

/// <summary>Where an instance stands after a step.</summary>
public enum InstanceStatus
{
    /// <summary>Waiting at one or more bookmarks (or, for a badly modelled join, stuck waiting for a token).</summary>
    Running,

    /// <summary>Every path reached an end event.</summary>
    Completed,

    /// <summary>A terminate end event at process level ended it.</summary>
    Terminated,
}
