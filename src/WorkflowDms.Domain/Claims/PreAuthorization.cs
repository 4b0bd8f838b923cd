using Stateless;
using Stateless.Graph;
using WorkflowDms.Domain.Dealers;
using WorkflowDms.Domain.Errors;
using WorkflowDms.Domain.Numbering;
using WorkflowDms.Domain.Vehicles;

namespace WorkflowDms.Domain.Claims;

/// <summary>
/// A dealer's request for prior approval of a costly repair (domain-reference §2.4, W-27…W-30). An approved
/// pre-authorisation carries the maximum amount and the validity window a claim quoting its number must
/// respect.
/// </summary>
public class PreAuthorization : IVersioned
{
    private StateMachine<PreAuthorizationStatus, PreAuthorizationTrigger>? _lifecycle;

    private PreAuthorization()
    {
        Number = "";
        DealerCode = "";
        OrgPath = "";
        Vin = "";
        FaultCode = "";
        Description = "";
        PlannedLinesJson = "[]";
        Currency = "";
    }

    public Guid Id { get; private set; }

    /// <summary>The pre-authorisation number a claim quotes: <c>PA-yyMMdd-XXXXXXXXXX</c>.</summary>
    public string Number { get; private set; }

    public Guid DealerId { get; private set; }

    public string DealerCode { get; private set; }

    public Guid OrgNodeId { get; private set; }

    public string OrgPath { get; private set; }

    public string Vin { get; private set; }

    public string FaultCode { get; private set; }

    public string Description { get; private set; }

    public string PlannedLinesJson { get; private set; }

    public long EstimatedMinor { get; private set; }

    public string Currency { get; private set; }

    public PreAuthorizationStatus Status { get; private set; }

    /// <summary>The most a claim on this authorisation may total (approved only).</summary>
    public long? AuthorizedMaxMinor { get; private set; }

    /// <summary>UTC midnight of the approval day; a repair before it was not authorised (W-28).</summary>
    public DateTime? ValidFrom { get; private set; }

    /// <summary>UTC end of the last valid day; a claim submitted after it is too late (W-29).</summary>
    public DateTime? ValidUntil { get; private set; }

    public string? DecisionReasonCode { get; private set; }

    public string? DecisionComment { get; private set; }

    public string? DecidedBy { get; private set; }

    public DateTime RequestedAt { get; private set; }

    public DateTime UpdatedAt { get; private set; }

    public int SubmissionCount { get; private set; }

    public int Version { get; private set; }

    public static PreAuthorization Request(Guid id, Dealer dealer, PreAuthorizationRequest request, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(dealer);
        var pa = new PreAuthorization
        {
            Id = id,
            Number = DocumentNumber.Create("PA", id, now),
            DealerId = dealer.Id,
            DealerCode = dealer.Code,
            OrgNodeId = dealer.OrgNodeId,
            OrgPath = dealer.OrgPath,
            Currency = dealer.Currency,
            Status = PreAuthorizationStatus.Submitted,
            SubmissionCount = 1,
        };
        pa.Apply(request, now);
        return pa;
    }

    /// <summary>The transitions, exported to <c>docs/lifecycles/pre-authorization.mmd</c>.</summary>
    public static string LifecycleAsMermaid()
    {
        var state = PreAuthorizationStatus.Submitted;
        return MermaidGraph.Format(CreateLifecycle(() => state, s => state = s, Guid.Empty).GetInfo());
    }

    public bool CanFire(PreAuthorizationTrigger trigger) => Lifecycle().CanFire(trigger);

    /// <summary>Approved up to <paramref name="maxMinor"/>, valid from today through <paramref name="validUntil"/> (a date).</summary>
    public void Approve(long maxMinor, DateTime validUntil, string decidedBy, string? comment, DateTime now)
    {
        EnsureCanFire(PreAuthorizationTrigger.Approve);
        var from = DateTime.SpecifyKind(now.Date, DateTimeKind.Utc);
        var until = DateTime.SpecifyKind(validUntil.Date, DateTimeKind.Utc).AddDays(1).AddTicks(-1);
        if (maxMinor <= 0)
        {
            throw new BusinessRuleException("invalid-authorized-amount", "The authorised maximum must be above zero.");
        }

        if (until < now)
        {
            throw new BusinessRuleException("invalid-validity", "The pre-authorisation must be valid at least until today.");
        }

        AuthorizedMaxMinor = maxMinor;
        ValidFrom = from;
        ValidUntil = until;
        Decide(null, comment, decidedBy);
        Fire(PreAuthorizationTrigger.Approve, now);
    }

    public void Reject(string reasonCode, string? comment, string decidedBy, DateTime now)
    {
        EnsureCanFire(PreAuthorizationTrigger.Reject);
        Decide(RequireReason(reasonCode), comment, decidedBy);
        Fire(PreAuthorizationTrigger.Reject, now);
    }

    public void SendBack(string reasonCode, string? comment, string decidedBy, DateTime now)
    {
        EnsureCanFire(PreAuthorizationTrigger.SendBack);
        Decide(RequireReason(reasonCode), comment, decidedBy);
        Fire(PreAuthorizationTrigger.SendBack, now);
    }

    public void Resubmit(PreAuthorizationRequest request, DateTime now)
    {
        EnsureCanFire(PreAuthorizationTrigger.Resubmit);
        if (!string.Equals(VinValidator.Normalize(request?.Vin ?? ""), Vin, StringComparison.Ordinal))
        {
            throw new BusinessRuleException("resubmission-mismatch", "A resubmitted pre-authorisation keeps its VIN; request a new one for another vehicle.");
        }

        Apply(request!, now);
        Decide(null, null, null);
        SubmissionCount++;
        Fire(PreAuthorizationTrigger.Resubmit, now);
    }

    /// <summary>Approved, and <paramref name="at"/> lies inside the validity window.</summary>
    public bool IsValidAt(DateTime at) => Status == PreAuthorizationStatus.Approved && at >= ValidFrom && at <= ValidUntil;

    private void Apply(PreAuthorizationRequest request, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(request);
        var vin = VinValidator.Normalize(request.Vin);
        var check = VinValidator.Validate(vin);
        if (!check.IsValid)
        {
            throw new BusinessRuleException("invalid-vin", check.Reason);
        }

        if (request.EstimatedMinor <= 0)
        {
            throw new BusinessRuleException("invalid-estimate", "The estimated amount must be above zero.");
        }

        Vin = vin;
        FaultCode = request.FaultCode;
        Description = request.Description;
        PlannedLinesJson = request.PlannedLinesJson;
        EstimatedMinor = request.EstimatedMinor;
        RequestedAt = now;
        UpdatedAt = now;
    }

    private void Decide(string? reasonCode, string? comment, string? decidedBy)
    {
        DecisionReasonCode = reasonCode;
        DecisionComment = comment;
        DecidedBy = decidedBy;
        if (reasonCode is not null || decidedBy is null)
        {
            AuthorizedMaxMinor = null;
            ValidFrom = null;
            ValidUntil = null;
        }
    }

    private static string RequireReason(string reasonCode) =>
        string.IsNullOrWhiteSpace(reasonCode)
            ? throw new BusinessRuleException("reason-required", "A rejection or send-back needs a reason code.")
            : reasonCode.Trim();

    private StateMachine<PreAuthorizationStatus, PreAuthorizationTrigger> Lifecycle() =>
        _lifecycle ??= CreateLifecycle(() => Status, s => Status = s, Id);

    private void EnsureCanFire(PreAuthorizationTrigger trigger)
    {
        if (!Lifecycle().CanFire(trigger))
        {
            throw new InvalidTransitionException(nameof(PreAuthorization), Id, Status.ToString(), trigger.ToString());
        }
    }

    private void Fire(PreAuthorizationTrigger trigger, DateTime now)
    {
        Lifecycle().Fire(trigger);
        UpdatedAt = now;
    }

    private static StateMachine<PreAuthorizationStatus, PreAuthorizationTrigger> CreateLifecycle(
        Func<PreAuthorizationStatus> read, Action<PreAuthorizationStatus> write, Guid id)
    {
        var machine = new StateMachine<PreAuthorizationStatus, PreAuthorizationTrigger>(read, write);
        machine.OnUnhandledTrigger((state, trigger) =>
            throw new InvalidTransitionException(nameof(PreAuthorization), id, state.ToString(), trigger.ToString()));
        machine.Configure(PreAuthorizationStatus.Submitted)
            .Permit(PreAuthorizationTrigger.Approve, PreAuthorizationStatus.Approved)
            .Permit(PreAuthorizationTrigger.Reject, PreAuthorizationStatus.Rejected)
            .Permit(PreAuthorizationTrigger.SendBack, PreAuthorizationStatus.SentBack);
        machine.Configure(PreAuthorizationStatus.SentBack)
            .Permit(PreAuthorizationTrigger.Resubmit, PreAuthorizationStatus.Submitted);
        machine.Configure(PreAuthorizationStatus.Approved);
        machine.Configure(PreAuthorizationStatus.Rejected);
        return machine;
    }
}
