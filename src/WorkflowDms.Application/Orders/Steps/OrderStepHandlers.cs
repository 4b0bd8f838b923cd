using Microsoft.EntityFrameworkCore;
using WorkflowDms.Domain.Orders;
using WorkflowDms.Engine.Ports;

namespace WorkflowDms.Application.Orders.Steps;

/// <summary>O-13/O-01/minimum quantity/discount: the order waits for the dealer's adjustment.</summary>
internal sealed class HoldOrderHandler(OrderStepContext steps) : IServiceTaskHandler
{
    public string Key => OrderHandlerKeys.Hold;

    public IReadOnlyDictionary<string, object?> Execute(ServiceTaskContext context)
    {
        var order = steps.Load(context);
        var rule = OrderStepContext.DecisiveRule(order.LastOrderRuleResultJson, "hold");
        steps.Change(order, "hold", o => o.Hold(rule?.ReasonCode ?? "HOLD", rule?.Message, steps.Now), new { rule = rule?.Rule });
        return new Dictionary<string, object?>();
    }
}

/// <summary>Rejects an order: by the order rules, by a credit decision or by the approver.</summary>
internal sealed class RejectOrderHandler(OrderStepContext steps) : IServiceTaskHandler
{
    public string Key => OrderHandlerKeys.Reject;

    public IReadOnlyDictionary<string, object?> Execute(ServiceTaskContext context)
    {
        var order = steps.Load(context);
        var decided = OrderStepContext.Text(context, "decision") is "reject";
        var rule = decided ? null : OrderStepContext.DecisiveRule(order.LastOrderRuleResultJson, "reject", "block");
        var reason = decided ? OrderStepContext.Text(context, "reasonCode") : rule?.ReasonCode;
        var comment = decided ? OrderStepContext.Text(context, "comment") : rule?.Message;
        var step = order.Status == OrderStatus.CreditBlocked ? "credit-reject" : decided ? "approval-reject" : "rules-reject";
        steps.Change(order, step, o => o.Reject(reason, comment, steps.Now));
        return new Dictionary<string, object?>();
    }
}

/// <summary>The dealer withdrew a held order.</summary>
internal sealed class CancelOrderHandler(OrderStepContext steps) : IServiceTaskHandler
{
    public string Key => OrderHandlerKeys.Cancel;

    public IReadOnlyDictionary<string, object?> Execute(ServiceTaskContext context)
    {
        var order = steps.Load(context);
        steps.Change(order, "cancel", o => o.Cancel(OrderStepContext.Text(context, "comment"), steps.Now));
        return new Dictionary<string, object?>();
    }
}

/// <summary>
/// C-04/C-06/C-10/C-11: the credit check failed. The order is credit-blocked and a credit decision goes to
/// credit controllers or, above their limit (or when no controller covers the dealer's region), credit
/// managers (C-17, C-18).
/// </summary>
internal sealed class CreditBlockOrderHandler(OrderStepContext steps) : IServiceTaskHandler
{
    public string Key => OrderHandlerKeys.CreditBlock;

    public IReadOnlyDictionary<string, object?> Execute(ServiceTaskContext context)
    {
        var order = steps.Load(context);
        var rule = OrderStepContext.DecisiveRule(order.LastCreditRuleResultJson, "block", "hold");
        var group = order.TotalMinor <= OrderGroups.CreditControllerLimitMinor && AnyMemberSees(OrderGroups.CreditControllers, order.OrgPath)
            ? OrderGroups.CreditControllers
            : OrderGroups.CreditManagers;
        var step = order.Status == OrderStatus.CreditBlocked ? "credit-recheck-blocked" : "credit-block";
        steps.Change(order, step, o => o.CreditBlock(rule?.ReasonCode ?? "CREDIT", steps.Now), new { rule = rule?.Rule, decisionGroup = group });
        return new Dictionary<string, object?> { ["creditDecisionGroup"] = group };
    }

    /// <summary>Whether someone of <paramref name="groupName"/> works at or above the order's org node; else the decision goes up.</summary>
    private bool AnyMemberSees(string groupName, string orgPath)
    {
        var db = steps.Db;
        var paths = (from user in db.Users
                     join userRole in db.UserRoles on user.Id equals userRole.UserId
                     join role in db.Roles on userRole.RoleId equals role.Id
                     where role.Name == groupName
                     select user.OrgPath).ToList();
        return paths.Exists(p => orgPath.StartsWith(p, StringComparison.Ordinal));
    }
}

/// <summary>
/// Sends the order to its approver by the delegation-of-authority matrix (O-15): the row with the smallest
/// limit that covers the order; its approvers are the group's members at the row's org level who see the
/// order, never its creator or submitter (O-16/O-17). With nobody left on a row, the next row up is used; with
/// nobody on any row it raises the BPMN error 'no-approver', which the process catches (<c>noApprover</c>) and turns
/// into a hold for HQ (<see cref="HoldOrderForApproverHandler"/>), never an error for the dealer.
/// </summary>
internal sealed class RouteOrderToApprovalHandler(OrderStepContext steps) : IServiceTaskHandler
{
    public string Key => OrderHandlerKeys.RouteToApproval;

    public IReadOnlyDictionary<string, object?> Execute(ServiceTaskContext context)
    {
        var order = steps.Load(context);
        var step = order.Status switch
        {
            OrderStatus.OnHold => "reroute-after-gap",
            OrderStatus.CreditBlocked => OrderStepContext.Text(context, "decision") is "release" ? "credit-release" : "credit-recheck-passed",
            _ => "route-to-approval",
        };
        var db = steps.Db;
        var rows = db.ApprovalAuthorities.AsNoTracking().Where(a => a.OrderType == order.Type && a.MaxAmountMinor >= order.TotalMinor)
            .OrderBy(a => a.MaxAmountMinor).ToList();
        List<string> approvers = [];
        string? group = null;
        foreach (var row in rows)
        {
            var users = (from user in db.Users
                         join userRole in db.UserRoles on user.Id equals userRole.UserId
                         join role in db.Roles on userRole.RoleId equals role.Id
                         join node in db.OrgNodes on user.OrgNodeId equals node.Id
                         where role.Name == row.Group && node.Kind == row.OrgLevel
                         select new { user.Id, user.OrgPath }).ToList();
            approvers = users.Where(u => order.OrgPath.StartsWith(u.OrgPath, StringComparison.Ordinal) && u.Id != order.CreatedBy && u.Id != order.SubmittedBy)
                .Select(u => u.Id).Distinct().ToList();
            if (approvers.Count > 0)
            {
                group = $"{row.Group}@{row.OrgLevel}";
                break;
            }
        }

        if (approvers.Count == 0)
        {
            throw new BpmnErrorException("no-approver", $"No approver in the delegation-of-authority matrix covers {OrderViews.Money(order.TotalMinor)} {order.Currency} for order {order.Number}.");
        }

        steps.Change(order, step, o => o.RouteToApproval(steps.Now), new { approverLevel = group, approvers = approvers.Count });
        return new Dictionary<string, object?> { ["approverUsers"] = string.Join(',', approvers), ["approverLevel"] = group };
    }
}

/// <summary>The approver approved the order.</summary>
internal sealed class ApproveOrderHandler(OrderStepContext steps) : IServiceTaskHandler
{
    public string Key => OrderHandlerKeys.Approve;

    public IReadOnlyDictionary<string, object?> Execute(ServiceTaskContext context)
    {
        var order = steps.Load(context);
        steps.Change(order, "approve", o => o.Approve(steps.Actor.Id, OrderStepContext.Text(context, "comment"), steps.Now), new { approver = steps.Actor.Name });
        return new Dictionary<string, object?>();
    }
}
