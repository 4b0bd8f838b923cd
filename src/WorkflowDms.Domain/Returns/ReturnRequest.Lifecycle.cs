using Stateless;
using Stateless.Graph;
using WorkflowDms.Domain.Errors;

namespace WorkflowDms.Domain.Returns;

/// <summary>
/// The return's status machine (domain-reference §2.6). <see cref="Status"/> is the state's storage, so a
/// return loaded by EF Core resumes where it was; the machine is built on first use.
/// </summary>
public partial class ReturnRequest
{
    private StateMachine<ReturnStatus, ReturnTrigger>? _lifecycle;

    /// <summary>The permitted transitions, exported to <c>docs/lifecycles/return.mmd</c>.</summary>
    public static string LifecycleAsMermaid()
    {
        var state = ReturnStatus.Requested;
        return MermaidGraph.Format(CreateLifecycle(() => state, s => state = s, Guid.Empty).GetInfo());
    }

    public bool CanFire(ReturnTrigger trigger) => Lifecycle().CanFire(trigger);

    public IEnumerable<ReturnTrigger> PermittedTriggers => Enum.GetValues<ReturnTrigger>().Where(CanFire);

    private StateMachine<ReturnStatus, ReturnTrigger> Lifecycle() =>
        _lifecycle ??= CreateLifecycle(() => Status, s => Status = s, Id);

    private void EnsureCanFire(ReturnTrigger trigger)
    {
        if (!Lifecycle().CanFire(trigger))
        {
            throw new InvalidTransitionException(nameof(ReturnRequest), Id, Status.ToString(), trigger.ToString());
        }
    }

    private void Fire(ReturnTrigger trigger, DateTime now)
    {
        Lifecycle().Fire(trigger);
        UpdatedAt = now;
    }

    private static StateMachine<ReturnStatus, ReturnTrigger> CreateLifecycle(Func<ReturnStatus> read, Action<ReturnStatus> write, Guid id)
    {
        var machine = new StateMachine<ReturnStatus, ReturnTrigger>(read, write);
        machine.OnUnhandledTrigger((state, trigger) =>
            throw new InvalidTransitionException(nameof(ReturnRequest), id, state.ToString(), trigger.ToString()));

        machine.Configure(ReturnStatus.Requested)
            .Permit(ReturnTrigger.Approve, ReturnStatus.Approved)
            .Permit(ReturnTrigger.Reject, ReturnStatus.Rejected)
            .Permit(ReturnTrigger.Cancel, ReturnStatus.Cancelled);

        machine.Configure(ReturnStatus.Approved)
            .Permit(ReturnTrigger.CreateReturnOrder, ReturnStatus.ReturnOrderCreated)
            .Permit(ReturnTrigger.ExpireRma, ReturnStatus.RmaExpired)
            .Permit(ReturnTrigger.Cancel, ReturnStatus.Cancelled);

        // Shipping needs the approved RMA's return order (RT-01); nothing else may ship.
        machine.Configure(ReturnStatus.ReturnOrderCreated)
            .Permit(ReturnTrigger.Ship, ReturnStatus.Shipped)
            .Permit(ReturnTrigger.ExpireRma, ReturnStatus.RmaExpired)
            .Permit(ReturnTrigger.Cancel, ReturnStatus.Cancelled);

        machine.Configure(ReturnStatus.Shipped)
            .Permit(ReturnTrigger.Receive, ReturnStatus.Received);

        machine.Configure(ReturnStatus.Received)
            .Permit(ReturnTrigger.Inspect, ReturnStatus.Inspected);

        machine.Configure(ReturnStatus.Inspected)
            .Permit(ReturnTrigger.IssueCreditNote, ReturnStatus.CreditNoteIssued)
            .Permit(ReturnTrigger.Reject, ReturnStatus.Rejected);

        machine.Configure(ReturnStatus.CreditNoteIssued)
            .Permit(ReturnTrigger.Close, ReturnStatus.Closed);

        machine.Configure(ReturnStatus.Rejected);
        machine.Configure(ReturnStatus.RmaExpired);
        machine.Configure(ReturnStatus.Cancelled);
        machine.Configure(ReturnStatus.Closed);
        return machine;
    }
}
