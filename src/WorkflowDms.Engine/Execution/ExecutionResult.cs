using WorkflowDms.Engine.Bookmarks;
using WorkflowDms.Engine.Execution.Effects;

namespace WorkflowDms.Engine.Execution;

/// <summary>The outcome of one step: the state to store, the open bookmarks to index, and what happened, in order.</summary>
/// <param name="State">The new instance state (the input state is left untouched).</param>
/// <param name="Bookmarks">Every open bookmark after the step (replace the stored set with this).</param>
/// <param name="Effects">What happened during the step, in order: tasks created/completed/cancelled, timers, rule results…</param>
public sealed record ExecutionResult(InstanceState State, IReadOnlyList<Bookmark> Bookmarks, IReadOnlyList<WorkflowEffect> Effects)
{
    /// <summary>The instance's status after the step.</summary>
    public InstanceStatus Status => State.Status;

    /// <summary>
    /// Every element a token entered during the step, in order, with the sequence flow it arrived by: the path
    /// taken, for the instance's history (the state itself keeps only where tokens rest).
    /// </summary>
    public IReadOnlyList<ElementVisit> Visits { get; init; } = [];
}
