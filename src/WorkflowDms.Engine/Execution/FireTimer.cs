namespace WorkflowDms.Engine.Execution;

/// <summary>A timer bookmark fell due. Refused when <c>now</c> is before its <c>DueAt</c>.</summary>
/// <param name="BookmarkId">The timer bookmark's id.</param>
public sealed record FireTimer(string BookmarkId) : Stimulus;
