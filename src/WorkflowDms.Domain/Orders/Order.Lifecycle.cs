using Stateless;
using Stateless.Graph;
using WorkflowDms.Domain.Errors;

namespace WorkflowDms.Domain.Orders;

/// <summary>
/// The order's action matrix (domain-reference §2.1/§2.2: which action is allowed in which status and where it
/// leads). <see cref="Status"/> is the state's storage, so an order loaded by EF Core resumes where it was.
/// </summary>
public partial class Order
{
    private StateMachine<OrderStatus, OrderTrigger>? _lifecycle;

    /// <summary>The permitted transitions, exported to <c>docs/lifecycles/order.mmd</c>.</summary>
    public static string LifecycleAsMermaid()
    {
        var state = OrderStatus.Draft;
        return MermaidGraph.Format(CreateLifecycle(() => state, s => state = s, Guid.Empty).GetInfo());
    }

    public bool CanFire(OrderTrigger trigger) => Lifecycle().CanFire(trigger);

    public IEnumerable<OrderTrigger> PermittedTriggers => Enum.GetValues<OrderTrigger>().Where(CanFire);

    private StateMachine<OrderStatus, OrderTrigger> Lifecycle() =>
        _lifecycle ??= CreateLifecycle(() => Status, s => Status = s, Id);

    private void EnsureCanFire(OrderTrigger trigger)
    {
        if (!Lifecycle().CanFire(trigger))
        {
            throw new InvalidTransitionException(nameof(Order), Id, Status.ToString(), trigger.ToString());
        }
    }

    private void Fire(OrderTrigger trigger, DateTime now)
    {
        Lifecycle().Fire(trigger);
        UpdatedAt = now;
    }

    private static StateMachine<OrderStatus, OrderTrigger> CreateLifecycle(Func<OrderStatus> read, Action<OrderStatus> write, Guid id)
    {
        var machine = new StateMachine<OrderStatus, OrderTrigger>(read, write);
        machine.OnUnhandledTrigger((state, trigger) =>
            throw new InvalidTransitionException(nameof(Order), id, state.ToString(), trigger.ToString()));

        machine.Configure(OrderStatus.Draft)
            .PermitReentry(OrderTrigger.Maintain)
            .Permit(OrderTrigger.Submit, OrderStatus.Submitted)
            .Permit(OrderTrigger.Cancel, OrderStatus.Cancelled);

        // Submitted and Adjusted are evaluated at once by the order rules and the credit check.
        foreach (var evaluated in new[] { OrderStatus.Submitted, OrderStatus.Adjusted })
        {
            machine.Configure(evaluated)
                .Permit(OrderTrigger.Hold, OrderStatus.OnHold)
                .Permit(OrderTrigger.CreditBlock, OrderStatus.CreditBlocked)
                .Permit(OrderTrigger.RouteToApproval, OrderStatus.PendingApproval)
                .Permit(OrderTrigger.Reject, OrderStatus.Rejected);
        }

        // The dealer adjusts or cancels a held order. An order held because no delegation-of-authority approver
        // covers it (reason NOA) is also left by HQ: routed again once the matrix or the staff are fixed, or rejected.
        machine.Configure(OrderStatus.OnHold)
            .Permit(OrderTrigger.Adjust, OrderStatus.Adjusted)
            .Permit(OrderTrigger.Cancel, OrderStatus.Cancelled)
            .Permit(OrderTrigger.RouteToApproval, OrderStatus.PendingApproval)
            .Permit(OrderTrigger.Reject, OrderStatus.Rejected);

        // Credit decision (C-17): release or a positive recheck → approval; reject → rejected. A released order
        // that finds no approver is held (NOA) like an unblocked one.
        machine.Configure(OrderStatus.CreditBlocked)
            .Permit(OrderTrigger.RouteToApproval, OrderStatus.PendingApproval)
            .Permit(OrderTrigger.Reject, OrderStatus.Rejected)
            .Permit(OrderTrigger.Hold, OrderStatus.OnHold);

        machine.Configure(OrderStatus.PendingApproval)
            .Permit(OrderTrigger.Approve, OrderStatus.Approved)
            .Permit(OrderTrigger.Reject, OrderStatus.Rejected);

        // Accept = the OEM takes the order into production/fulfilment; a vehicle order consumes allocation (O-01).
        machine.Configure(OrderStatus.Approved)
            .Permit(OrderTrigger.Accept, OrderStatus.Accepted)
            .Permit(OrderTrigger.Cancel, OrderStatus.Cancelled);

        // Once accepted its content is frozen (O-02); after shipment only a return can undo it (O-20).
        machine.Configure(OrderStatus.Accepted)
            .Permit(OrderTrigger.Ship, OrderStatus.Shipped)
            .Permit(OrderTrigger.Cancel, OrderStatus.Cancelled);

        machine.Configure(OrderStatus.Shipped)
            .Permit(OrderTrigger.ConfirmReceipt, OrderStatus.Delivered);

        machine.Configure(OrderStatus.Delivered)
            .Permit(OrderTrigger.Close, OrderStatus.Closed);

        machine.Configure(OrderStatus.Closed);
        machine.Configure(OrderStatus.Cancelled);
        machine.Configure(OrderStatus.Rejected);
        return machine;
    }
}
