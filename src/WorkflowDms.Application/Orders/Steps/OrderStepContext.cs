using WorkflowDms.Application.Auditing;
using WorkflowDms.Application.Credit;
using WorkflowDms.Application.Events;
using WorkflowDms.Application.Policies;
using WorkflowDms.Application.Security;
using WorkflowDms.Application.Workflows;
using WorkflowDms.Domain.Auditing;
using WorkflowDms.Domain.Orders;
using WorkflowDms.Engine.Ports;
using WorkflowDms.Persistence;

namespace WorkflowDms.Application.Orders.Steps;

/// <summary>
/// What every order step (and every order command) needs: the order, the clock, the credit ledger, and an
/// audit entry plus a case event for each status change — all in the current command's transaction.
/// </summary>
public sealed class OrderStepContext(WorkflowDmsDbContext db, AuditTrail audit, CaseEvents events, ExecutionScope scope, CreditLedger ledger, TimeProvider clock)
{
    public DateTime Now => clock.GetUtcNow().UtcDateTime;

    public Actor Actor => scope.Actor;

    public CreditLedger Ledger => ledger;

    public WorkflowDmsDbContext Db => db;

    internal Order Load(ServiceTaskContext context) =>
        OrderKeys.TryParse(context.BusinessKey, out var orderId)
            ? OrderLookup.Find(db, orderId)
            : throw new BpmnErrorException("not-an-order", $"Service task '{context.ElementId}' runs for '{context.BusinessKey}', which is not an order.");

    /// <summary>Runs a status change and audits it (case type, step, from, to, reason) and publishes it.</summary>
    public void Change(Order order, string step, Action<Order> change, object? details = null)
    {
        ArgumentNullException.ThrowIfNull(order);
        ArgumentNullException.ThrowIfNull(change);
        var from = order.Status;
        var wasOpen = order.CountsAsOpenOrder;
        change(order);
        audit.Append(scope.Actor, AuditAction.CaseStatusChanged, OrderKeys.AuditSubject(order.Id), order.OrgPath, new
        {
            caseType = OrderKeys.CaseType,
            order.Number,
            step,
            from = from.ToString(),
            to = order.Status.ToString(),
            reason = order.DecisionReasonCode ?? order.CreditReasonCode ?? order.HoldReasonCode,
            order.DecisionComment,
            details,
        });
        events.StatusChangedTo(Reference(order), order.DealerId, order.Status.ToString(), new { from = from.ToString(), step, order.DealerReference });

        // The exposure follows every status change in the same transaction (C-01, C-02).
        if (!wasOpen && order.CountsAsOpenOrder)
        {
            ledger.OpenOrder(order);
        }
        else if (wasOpen && order.Status is OrderStatus.Rejected or OrderStatus.Cancelled)
        {
            ledger.CloseOrder(order, order.Status == OrderStatus.Rejected ? "rejected" : "cancelled");
        }
        else if (order.Status == OrderStatus.Shipped)
        {
            ledger.ShipOrder(order);
        }
    }

    /// <summary>Audits a step that changes who decides, not the status (e.g. an escalation): no case event.</summary>
    public void AuditStep(Order order, string step, string reason, string toGroup, int count)
    {
        ArgumentNullException.ThrowIfNull(order);
        audit.Append(scope.Actor, AuditAction.CaseStatusChanged, OrderKeys.AuditSubject(order.Id), order.OrgPath, new
        {
            caseType = OrderKeys.CaseType,
            order.Number,
            step,
            from = order.Status.ToString(),
            to = order.Status.ToString(),
            reason,
            toGroup,
            count,
        });
    }

    public static CaseReference Reference(Order order) =>
        new(OrderKeys.CaseType, order.Id, order.Number, order.OrgNodeId, order.OrgPath);

    /// <summary>The first fired rule with <paramref name="outcome"/> in a stored result.</summary>
    public static FiredRuleView? DecisiveRule(string? resultJson, params string[] outcome) =>
        OrderViews.Result(resultJson)?.FiredRules.FirstOrDefault(r => outcome.Contains(r.Outcome));

    public static string? Text(ServiceTaskContext context, string name) => context.Variables.GetValueOrDefault(name) as string;
}
