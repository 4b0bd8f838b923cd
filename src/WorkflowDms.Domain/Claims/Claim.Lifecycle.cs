using Stateless;
using Stateless.Graph;
using WorkflowDms.Domain.Errors;

namespace WorkflowDms.Domain.Claims;

/// <summary>
/// The claim's status machine (domain-reference §2.4). <see cref="Status"/> is the state's storage, so a
/// claim loaded by EF Core resumes where it was. The machine is built on first use, not on load, because
/// most reads never change status.
/// </summary>
public partial class Claim
{
    private StateMachine<ClaimStatus, ClaimTrigger>? _lifecycle;

    /// <summary>The permitted transitions, exported to <c>docs/lifecycles/claim.mmd</c>.</summary>
    public static string LifecycleAsMermaid()
    {
        var state = ClaimStatus.Submitted;
        return MermaidGraph.Format(CreateLifecycle(() => state, s => state = s, Guid.Empty).GetInfo());
    }

    /// <summary>Whether <paramref name="trigger"/> is permitted in the current status.</summary>
    public bool CanFire(ClaimTrigger trigger) => Lifecycle().CanFire(trigger);

    public IEnumerable<ClaimTrigger> PermittedTriggers => Enum.GetValues<ClaimTrigger>().Where(CanFire);

    private StateMachine<ClaimStatus, ClaimTrigger> Lifecycle() =>
        _lifecycle ??= CreateLifecycle(() => Status, s => Status = s, Id);

    /// <summary>Throws <see cref="InvalidTransitionException"/> before any field changes when the move is illegal.</summary>
    private void EnsureCanFire(ClaimTrigger trigger)
    {
        if (!Lifecycle().CanFire(trigger))
        {
            throw new InvalidTransitionException(nameof(Claim), Id, Status.ToString(), trigger.ToString());
        }
    }

    private void Fire(ClaimTrigger trigger, DateTime now)
    {
        Lifecycle().Fire(trigger);
        UpdatedAt = now;
    }

    private static StateMachine<ClaimStatus, ClaimTrigger> CreateLifecycle(Func<ClaimStatus> read, Action<ClaimStatus> write, Guid id)
    {
        var machine = new StateMachine<ClaimStatus, ClaimTrigger>(read, write);
        machine.OnUnhandledTrigger((state, trigger) =>
            throw new InvalidTransitionException(nameof(Claim), id, state.ToString(), trigger.ToString()));

        machine.Configure(ClaimStatus.Submitted)
            .Permit(ClaimTrigger.AutoApprove, ClaimStatus.Approved)
            .Permit(ClaimTrigger.RouteToReview, ClaimStatus.PendingReview)
            .Permit(ClaimTrigger.SendBack, ClaimStatus.ReturnedToDealer)
            .Permit(ClaimTrigger.Reject, ClaimStatus.Rejected);

        machine.Configure(ClaimStatus.PendingReview)
            .Permit(ClaimTrigger.Approve, ClaimStatus.Approved)
            .Permit(ClaimTrigger.SendBack, ClaimStatus.ReturnedToDealer)
            .Permit(ClaimTrigger.Reject, ClaimStatus.Rejected);

        machine.Configure(ClaimStatus.ReturnedToDealer)
            .Permit(ClaimTrigger.Resubmit, ClaimStatus.Submitted);

        machine.Configure(ClaimStatus.Approved)
            .Permit(ClaimTrigger.RequirePartsReturn, ClaimStatus.PartsReturnPending)
            .Permit(ClaimTrigger.ApproveForPayment, ClaimStatus.ApprovedForPayment);

        machine.Configure(ClaimStatus.PartsReturnPending)
            .Permit(ClaimTrigger.ApproveForPayment, ClaimStatus.ApprovedForPayment)
            .Permit(ClaimTrigger.ChargeBack, ClaimStatus.Rejected);

        machine.Configure(ClaimStatus.ApprovedForPayment)
            .Permit(ClaimTrigger.Pay, ClaimStatus.Paid);

        machine.Configure(ClaimStatus.Paid)
            .Permit(ClaimTrigger.Close, ClaimStatus.Closed);

        // A rejection may be appealed once (W-60, checked in Claim.Appeal); closing archives it.
        machine.Configure(ClaimStatus.Rejected)
            .Permit(ClaimTrigger.Appeal, ClaimStatus.PendingReview)
            .Permit(ClaimTrigger.Close, ClaimStatus.Closed);

        machine.Configure(ClaimStatus.Closed);
        return machine;
    }
}
