using Stateless;
using Stateless.Graph;
using WorkflowDms.Domain.Errors;
using WorkflowDms.Domain.Numbering;

namespace WorkflowDms.Domain.Credit;

/// <summary>
/// A request to raise (or lower) a dealer's credit limit, permanently or until <see cref="EndsAt"/>
/// (C-15: not effective until approved; C-12: a temporary limit reverts at its end).
/// </summary>
public class CreditLimitRequest : IVersioned
{
    private StateMachine<CreditLimitRequestStatus, CreditLimitRequestTrigger>? _lifecycle;

    private CreditLimitRequest()
    {
        Number = "";
        DealerCode = "";
        OrgPath = "";
        RequestedBy = "";
        Justification = "";
    }

    public Guid Id { get; private set; }

    public string Number { get; private set; }

    public Guid AccountId { get; private set; }

    public Guid DealerId { get; private set; }

    public string DealerCode { get; private set; }

    public Guid OrgNodeId { get; private set; }

    public string OrgPath { get; private set; }

    public long RequestedLimitMinor { get; private set; }

    public long PreviousLimitMinor { get; private set; }

    /// <summary>End of a temporary limit (UTC); null for a permanent change.</summary>
    public DateTime? EndsAt { get; private set; }

    public string Justification { get; private set; }

    public CreditLimitRequestStatus Status { get; private set; }

    public string RequestedBy { get; private set; }

    public string? DecidedBy { get; private set; }

    public string? DecisionReasonCode { get; private set; }

    public string? DecisionComment { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public DateTime UpdatedAt { get; private set; }

    public int Version { get; private set; }

    public static string LifecycleAsMermaid()
    {
        var state = CreditLimitRequestStatus.Submitted;
        return MermaidGraph.Format(CreateLifecycle(() => state, s => state = s, Guid.Empty).GetInfo());
    }

    public static CreditLimitRequest Submit(Guid id, CreditAccount account, Guid orgNodeId, long requestedLimitMinor, DateTime? endsAt, string justification, string requestedBy, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(account);
        if (requestedLimitMinor < 0)
        {
            throw new BusinessRuleException("invalid-limit-request", "The requested limit cannot be negative.");
        }

        if (endsAt is not null && endsAt.Value <= now)
        {
            throw new BusinessRuleException("invalid-limit-request", "A temporary limit must end in the future.");
        }

        return new CreditLimitRequest
        {
            Id = id,
            Number = DocumentNumber.Create("CL", id, now),
            AccountId = account.Id,
            DealerId = account.DealerId,
            DealerCode = account.DealerCode,
            OrgNodeId = orgNodeId,
            OrgPath = account.OrgPath,
            RequestedLimitMinor = requestedLimitMinor,
            PreviousLimitMinor = account.EffectiveLimitMinor(now),
            EndsAt = endsAt,
            Justification = justification,
            Status = CreditLimitRequestStatus.Submitted,
            RequestedBy = requestedBy,
            CreatedAt = now,
            UpdatedAt = now,
        };
    }

    public bool CanFire(CreditLimitRequestTrigger trigger) => Lifecycle().CanFire(trigger);

    /// <summary>Approves and applies the limit to <paramref name="account"/>; the requester may not approve (four-eyes).</summary>
    public void Approve(CreditAccount account, string decidedBy, string? comment, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(account);
        EnsureCanFire(CreditLimitRequestTrigger.Approve);
        if (string.Equals(decidedBy, RequestedBy, StringComparison.Ordinal))
        {
            throw new BusinessRuleException("four-eyes", "The requester of a credit-limit change cannot approve it.");
        }

        DecidedBy = decidedBy;
        DecisionComment = comment;
        account.ApplyLimit(RequestedLimitMinor, EndsAt, now);
        Fire(CreditLimitRequestTrigger.Approve, now);
    }

    public void Reject(string decidedBy, string? reasonCode, string? comment, DateTime now)
    {
        EnsureCanFire(CreditLimitRequestTrigger.Reject);
        DecidedBy = decidedBy;
        DecisionReasonCode = reasonCode;
        DecisionComment = comment;
        Fire(CreditLimitRequestTrigger.Reject, now);
    }

    /// <summary>The temporary limit's end: the account goes back to its base limit.</summary>
    public void Expire(CreditAccount account, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(account);
        EnsureCanFire(CreditLimitRequestTrigger.Expire);
        account.RevertTemporaryLimit(now);
        Fire(CreditLimitRequestTrigger.Expire, now);
    }

    private StateMachine<CreditLimitRequestStatus, CreditLimitRequestTrigger> Lifecycle() =>
        _lifecycle ??= CreateLifecycle(() => Status, s => Status = s, Id);

    private void EnsureCanFire(CreditLimitRequestTrigger trigger)
    {
        if (!Lifecycle().CanFire(trigger))
        {
            throw new InvalidTransitionException(nameof(CreditLimitRequest), Id, Status.ToString(), trigger.ToString());
        }
    }

    private void Fire(CreditLimitRequestTrigger trigger, DateTime now)
    {
        Lifecycle().Fire(trigger);
        UpdatedAt = now;
    }

    private static StateMachine<CreditLimitRequestStatus, CreditLimitRequestTrigger> CreateLifecycle(Func<CreditLimitRequestStatus> read, Action<CreditLimitRequestStatus> write, Guid id)
    {
        var machine = new StateMachine<CreditLimitRequestStatus, CreditLimitRequestTrigger>(read, write);
        machine.OnUnhandledTrigger((state, trigger) =>
            throw new InvalidTransitionException(nameof(CreditLimitRequest), id, state.ToString(), trigger.ToString()));
        machine.Configure(CreditLimitRequestStatus.Submitted)
            .Permit(CreditLimitRequestTrigger.Approve, CreditLimitRequestStatus.Effective)
            .Permit(CreditLimitRequestTrigger.Reject, CreditLimitRequestStatus.Rejected);
        machine.Configure(CreditLimitRequestStatus.Effective)
            .Permit(CreditLimitRequestTrigger.Expire, CreditLimitRequestStatus.Expired);
        machine.Configure(CreditLimitRequestStatus.Rejected);
        machine.Configure(CreditLimitRequestStatus.Expired);
        return machine;
    }
}
