using WorkflowDms.Application.Auditing;
using WorkflowDms.Application.Events;
using WorkflowDms.Application.Inbox;
using WorkflowDms.Application.Workflows;
using WorkflowDms.Domain.Auditing;
using WorkflowDms.Domain.Credit;
using WorkflowDms.Engine.Ports;
using WorkflowDms.Persistence;

namespace WorkflowDms.Application.Credit;

/// <summary>Credit-limit requests as workflow cases (<c>credit-limit:{id}</c>).</summary>
internal sealed class CreditLimitCaseType : ICaseType
{
    public string Prefix => CreditKeys.LimitCaseType;

    public CaseReference Resolve(WorkflowDmsDbContext db, Guid caseId)
    {
        var request = CreditLimitSteps.Find(db, caseId);
        return new CaseReference(CreditKeys.LimitCaseType, request.Id, request.Number, request.OrgNodeId, request.OrgPath);
    }

    public CaseFacts Facts(WorkflowDmsDbContext db, Guid caseId)
    {
        var request = CreditLimitSteps.Find(db, caseId);
        return new CaseFacts(request.Status.ToString(), request.DealerId, request.RequestedLimitMinor, Currency: null);
    }

    public object Describe(WorkflowDmsDbContext db, Guid caseId) => CreditLimitSteps.Find(db, caseId).ToView();
}

/// <summary>The credit manager's decision on a credit-limit request.</summary>
internal sealed class CreditLimitDecisionForm : ITaskForm
{
    public string FormKey => "credit-limit-decision";

    public IReadOnlyList<string> Decisions { get; } = ["approve", "reject"];
}

/// <summary>Status changes of a limit request with the account they act on, audited and published.</summary>
internal sealed class CreditLimitSteps(WorkflowDmsDbContext db, AuditTrail audit, CaseEvents events, ExecutionScope scope, TimeProvider clock)
{
    public DateTime Now => clock.GetUtcNow().UtcDateTime;

    public string ActorId => scope.Actor.Id;

    public WorkflowDmsDbContext Db => db;

    public static CreditLimitRequest Find(WorkflowDmsDbContext db, Guid id) =>
        db.CreditLimitRequests.Local.FirstOrDefault(r => r.Id == id) ?? db.CreditLimitRequests.Single(r => r.Id == id);

    public (CreditLimitRequest Request, CreditAccount Account) Load(ServiceTaskContext context)
    {
        if (!CreditKeys.TryParse(context.BusinessKey, out var id))
        {
            throw new BpmnErrorException("not-a-limit-request", $"Service task '{context.ElementId}' runs for '{context.BusinessKey}'.");
        }

        var request = Find(db, id);
        var account = db.CreditAccounts.Local.FirstOrDefault(a => a.Id == request.AccountId) ?? db.CreditAccounts.Single(a => a.Id == request.AccountId);
        return (request, account);
    }

    public void Change(CreditLimitRequest request, CreditAccount account, string step, Action change)
    {
        var from = request.Status;
        change();
        audit.Append(scope.Actor, AuditAction.CaseStatusChanged, CreditKeys.BusinessKey(request.Id), request.OrgPath, new
        {
            caseType = CreditKeys.LimitCaseType,
            request.Number,
            step,
            from = from.ToString(),
            to = request.Status.ToString(),
            reason = request.DecisionReasonCode,
            limitNow = account.EffectiveLimitMinor(Now) / 100m,
        });
        events.StatusChangedTo(new CaseReference(CreditKeys.LimitCaseType, request.Id, request.Number, request.OrgNodeId, request.OrgPath), request.DealerId, request.Status.ToString());
    }

    /// <summary>Audits a step that changes who decides, not the status (an escalation): no case event.</summary>
    public void AuditStep(CreditLimitRequest request, string step, string reason, string toGroup)
    {
        audit.Append(scope.Actor, AuditAction.CaseStatusChanged, CreditKeys.BusinessKey(request.Id), request.OrgPath, new
        {
            caseType = CreditKeys.LimitCaseType,
            request.Number,
            step,
            from = request.Status.ToString(),
            to = request.Status.ToString(),
            reason,
            toGroup,
        });
    }

    public static string? Text(ServiceTaskContext context, string name) => context.Variables.GetValueOrDefault(name) as string;
}

internal sealed class ApproveCreditLimitHandler(CreditLimitSteps steps) : IServiceTaskHandler
{
    public string Key => CreditKeys.ApproveTopic;

    public IReadOnlyDictionary<string, object?> Execute(ServiceTaskContext context)
    {
        var (request, account) = steps.Load(context);
        steps.Change(request, account, "approve", () => request.Approve(account, steps.ActorId, CreditLimitSteps.Text(context, "comment"), steps.Now));
        return new Dictionary<string, object?>();
    }
}

internal sealed class RejectCreditLimitHandler(CreditLimitSteps steps) : IServiceTaskHandler
{
    public string Key => CreditKeys.RejectTopic;

    public IReadOnlyDictionary<string, object?> Execute(ServiceTaskContext context)
    {
        var (request, account) = steps.Load(context);
        steps.Change(request, account, "reject", () => request.Reject(steps.ActorId, CreditLimitSteps.Text(context, "reasonCode"), CreditLimitSteps.Text(context, "comment"), steps.Now));
        return new Dictionary<string, object?>();
    }
}

/// <summary>C-12: the temporary limit's end date passed; the account reverts to its base limit.</summary>
internal sealed class ExpireCreditLimitHandler(CreditLimitSteps steps) : IServiceTaskHandler
{
    public string Key => CreditKeys.ExpireTopic;

    public IReadOnlyDictionary<string, object?> Execute(ServiceTaskContext context)
    {
        var (request, account) = steps.Load(context);
        steps.Change(request, account, "expire", () => request.Expire(account, steps.Now));
        return new Dictionary<string, object?>();
    }
}
