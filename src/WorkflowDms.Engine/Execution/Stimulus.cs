namespace WorkflowDms.Engine.Execution;

/// <summary>Something that happened to a waiting instance: a task completed, a timer fell due, a message arrived.</summary>
public abstract record Stimulus;
