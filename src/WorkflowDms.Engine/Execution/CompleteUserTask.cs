namespace WorkflowDms.Engine.Execution;

/// <summary>A person completed the user task of a bookmark; the variables (e.g. the decision) are merged into the instance.</summary>
/// <param name="BookmarkId">The user-task bookmark's id.</param>
/// <param name="Variables">Output of the form, or null.</param>
public sealed record CompleteUserTask(string BookmarkId, IReadOnlyDictionary<string, object?>? Variables = null) : Stimulus;
