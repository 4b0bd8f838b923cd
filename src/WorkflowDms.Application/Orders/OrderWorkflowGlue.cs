using WorkflowDms.Application.Credit;
using WorkflowDms.Application.Inbox;
using WorkflowDms.Application.Policies;
using WorkflowDms.Application.Workflows;
using WorkflowDms.Persistence;

namespace WorkflowDms.Application.Orders;

/// <summary>Orders as workflow cases (<c>order:{id}</c>).</summary>
internal sealed class OrderCaseType : ICaseType
{
    public string Prefix => OrderKeys.CaseType;

    public CaseReference Resolve(WorkflowDmsDbContext db, Guid caseId)
    {
        var order = OrderLookup.Find(db, caseId);
        return new CaseReference(OrderKeys.CaseType, order.Id, order.Number, order.OrgNodeId, order.OrgPath);
    }

    public CaseFacts Facts(WorkflowDmsDbContext db, Guid caseId)
    {
        var order = OrderLookup.Find(db, caseId);
        return new CaseFacts(order.Status.ToString(), order.DealerId, order.TotalMinor, order.Currency);
    }

    public object Describe(WorkflowDmsDbContext db, Guid caseId) => OrderLookup.Find(db, caseId).ToView();
}

/// <summary>The <c>order-policy</c> facts come from the order; the result (and the O-19 alert) is kept on it.</summary>
internal sealed class OrderPolicyFacts(WorkflowDmsDbContext db, TimeProvider clock) : IRuleFactsProvider
{
    public string RuleSet => OrderKeys.OrderRuleSet;

    public IReadOnlyDictionary<string, object?> Build(Guid caseId, IReadOnlyDictionary<string, object?> variables) =>
        new Dictionary<string, object?> { ["order"] = OrderFactsBuilder.Build(db, OrderLookup.Find(db, caseId), clock.GetUtcNow().UtcDateTime) };

    public void Record(Guid caseId, RuleResultView result)
    {
        var order = OrderLookup.Find(db, caseId);
        order.RecordOrderRuleResult(OrderViews.Serialize(result), result.EvaluatedAt);
        var abnormal = result.FiredRules.FirstOrDefault(r => r.Rule.StartsWith("O-19", StringComparison.Ordinal));
        order.RecordAbnormal(abnormal is not null, abnormal?.Message, result.EvaluatedAt);
    }
}

/// <summary>The <c>credit-policy</c> facts: the ordering dealer's account, exposure and payment behaviour.</summary>
internal sealed class CreditPolicyFacts(WorkflowDmsDbContext db, CreditLedger ledger, TimeProvider clock) : IRuleFactsProvider
{
    public string RuleSet => OrderKeys.CreditRuleSet;

    public IReadOnlyDictionary<string, object?> Build(Guid caseId, IReadOnlyDictionary<string, object?> variables) =>
        new Dictionary<string, object?> { ["credit"] = CreditFactsBuilder.Build(db, ledger, OrderLookup.Find(db, caseId), clock.GetUtcNow().UtcDateTime) };

    public void Record(Guid caseId, RuleResultView result) =>
        OrderLookup.Find(db, caseId).RecordCreditRuleResult(OrderViews.Serialize(result), result.EvaluatedAt);
}

/// <summary>The approver's decision on an order (delegation of authority).</summary>
internal sealed class OrderApprovalForm : ITaskForm
{
    public string FormKey => "order-approval";

    public IReadOnlyList<string> Decisions { get; } = ["approve", "reject"];
}

/// <summary>The documented credit decision on a credit-blocked order (C-17).</summary>
internal sealed class CreditDecisionForm : ITaskForm
{
    public string FormKey => "credit-decision";

    public IReadOnlyList<string> Decisions { get; } = ["release", "reject", "recheck"];
}
