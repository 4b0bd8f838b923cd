using Stateless;
using Stateless.Graph;
using WorkflowDms.Domain.Errors;

namespace WorkflowDms.Domain.Tasks;

/// <summary>
/// Task lifecycle. Who may complete: the assignee of a claimed task, or any candidate of an open task
/// (the completer becomes the assignee), so bulk decisions need no claim round-trip. The domain checks
/// the assignee; candidacy and org scope are checked by the application, which knows the user's groups.
/// </summary>
public partial class WorkTask
{
    private StateMachine<WorkTaskStatus, WorkTaskTrigger>? _lifecycle;

    /// <summary>The permitted transitions, exported to <c>docs/lifecycles/work-task.mmd</c>.</summary>
    public static string LifecycleAsMermaid()
    {
        var state = WorkTaskStatus.Open;
        return MermaidGraph.Format(CreateLifecycle(() => state, s => state = s, Guid.Empty).GetInfo());
    }

    public bool CanFire(WorkTaskTrigger trigger) => Lifecycle().CanFire(trigger);

    public void ClaimBy(string userId, DateTime now)
    {
        EnsureCanFire(WorkTaskTrigger.Claim);
        Assignee = userId;
        ClaimedAt = now;
        Fire(WorkTaskTrigger.Claim);
    }

    /// <summary>Back to the candidates' inboxes; only the assignee may give a task back.</summary>
    public void Unclaim(string userId)
    {
        EnsureCanFire(WorkTaskTrigger.Unclaim);
        EnsureAssignee(userId);
        Assignee = null;
        ClaimedAt = null;
        Fire(WorkTaskTrigger.Unclaim);
    }

    /// <summary>The assignee hands the task to another user, who holds it from now on.</summary>
    public void Delegate(string userId, string toUserId, DateTime now)
    {
        EnsureCanFire(WorkTaskTrigger.Delegate);
        EnsureAssignee(userId);
        Assignee = toUserId;
        ClaimedAt = now;
        Fire(WorkTaskTrigger.Delegate);
    }

    public void Complete(string userId, string decision, string? reasonCode, string? comment, DateTime now)
    {
        EnsureCanFire(WorkTaskTrigger.Complete);
        if (Status == WorkTaskStatus.Claimed)
        {
            EnsureAssignee(userId);
        }

        Assignee = userId;
        CompletedBy = userId;
        CompletedAt = now;
        Decision = decision;
        ReasonCode = reasonCode;
        Comment = comment;
        Fire(WorkTaskTrigger.Complete);
    }

    /// <summary>Ended by a boundary timer, an escalation or the end of the process; <paramref name="reason"/> says which.</summary>
    public void Cancel(string reason, DateTime now)
    {
        EnsureCanFire(WorkTaskTrigger.Cancel);
        CompletedAt = now;
        ReasonCode = reason;
        Fire(WorkTaskTrigger.Cancel);
    }

    private StateMachine<WorkTaskStatus, WorkTaskTrigger> Lifecycle() =>
        _lifecycle ??= CreateLifecycle(() => Status, s => Status = s, Id);

    private void EnsureCanFire(WorkTaskTrigger trigger)
    {
        if (!Lifecycle().CanFire(trigger))
        {
            throw new InvalidTransitionException(nameof(WorkTask), Id, Status.ToString(), trigger.ToString());
        }
    }

    private void EnsureAssignee(string userId)
    {
        if (!string.Equals(Assignee, userId, StringComparison.Ordinal))
        {
            throw new ConflictException("task-claimed-by-other", $"Task {Id} is held by another user.");
        }
    }

    private void Fire(WorkTaskTrigger trigger)
    {
        Lifecycle().Fire(trigger);
        SyncCandidates();
    }

    private static StateMachine<WorkTaskStatus, WorkTaskTrigger> CreateLifecycle(Func<WorkTaskStatus> read, Action<WorkTaskStatus> write, Guid id)
    {
        var machine = new StateMachine<WorkTaskStatus, WorkTaskTrigger>(read, write);
        machine.OnUnhandledTrigger((state, trigger) =>
            throw new InvalidTransitionException(nameof(WorkTask), id, state.ToString(), trigger.ToString()));

        machine.Configure(WorkTaskStatus.Open)
            .Permit(WorkTaskTrigger.Claim, WorkTaskStatus.Claimed)
            .Permit(WorkTaskTrigger.Complete, WorkTaskStatus.Completed)
            .Permit(WorkTaskTrigger.Cancel, WorkTaskStatus.Cancelled);

        machine.Configure(WorkTaskStatus.Claimed)
            .Permit(WorkTaskTrigger.Unclaim, WorkTaskStatus.Open)
            .PermitReentry(WorkTaskTrigger.Delegate)
            .Permit(WorkTaskTrigger.Complete, WorkTaskStatus.Completed)
            .Permit(WorkTaskTrigger.Cancel, WorkTaskStatus.Cancelled);

        machine.Configure(WorkTaskStatus.Completed);
        machine.Configure(WorkTaskStatus.Cancelled);
        return machine;
    }
}
