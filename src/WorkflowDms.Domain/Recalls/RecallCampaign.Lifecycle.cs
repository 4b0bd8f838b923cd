using Stateless;
using Stateless.Graph;
using WorkflowDms.Domain.Errors;

namespace WorkflowDms.Domain.Recalls;

/// <summary>
/// The campaign's status machine (domain-reference §2.5), stored in <see cref="Status"/>. Affected vehicles
/// can be added while the campaign is Draft or Defined; from DealersNotified on the population is fixed.
/// </summary>
public partial class RecallCampaign
{
    private StateMachine<RecallCampaignStatus, RecallCampaignTrigger>? _lifecycle;

    /// <summary>The permitted transitions, exported to <c>docs/lifecycles/recall.mmd</c>.</summary>
    public static string LifecycleAsMermaid()
    {
        var state = RecallCampaignStatus.Draft;
        return MermaidGraph.Format(CreateLifecycle(() => state, s => state = s, Guid.Empty).GetInfo());
    }

    public bool CanFire(RecallCampaignTrigger trigger) => Lifecycle().CanFire(trigger);

    public IEnumerable<RecallCampaignTrigger> PermittedTriggers => Enum.GetValues<RecallCampaignTrigger>().Where(CanFire);

    /// <summary>Whether VINs may still be added (import or range).</summary>
    public bool AcceptsVehicles => Status is RecallCampaignStatus.Draft or RecallCampaignStatus.Defined;

    /// <summary>Dealers may claim the remedy (W-39: campaign released).</summary>
    public bool IsClaimable => Status is RecallCampaignStatus.Launched or RecallCampaignStatus.Active;

    /// <summary>The first vehicle was added; adding more keeps the campaign Defined.</summary>
    public void Define(DateTime now)
    {
        if (Status == RecallCampaignStatus.Draft)
        {
            Fire(RecallCampaignTrigger.Define, now);
        }
        else
        {
            EnsureCanFire(RecallCampaignTrigger.Define);
        }
    }

    public void NotifyDealers(DateTime now)
    {
        Fire(RecallCampaignTrigger.NotifyDealers, now);
        DealersNotifiedAt = now;
    }

    public void Launch(DateTime now)
    {
        Fire(RecallCampaignTrigger.Launch, now);
        LaunchedAt = now;
    }

    /// <summary>Owners were notified; completion tracking starts.</summary>
    public void Activate(DateTime now)
    {
        Fire(RecallCampaignTrigger.Activate, now);
        OwnersNotifiedAt = now;
    }

    public void Close(string reason, DateTime now)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new BusinessRuleException("reason-required", "Closing a campaign needs a reason.");
        }

        Fire(RecallCampaignTrigger.Close, now);
        CloseReason = reason.Trim();
        ClosedAt = now;
    }

    public void Supersede(RecallCampaign successor, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(successor);
        EnsureCanFire(RecallCampaignTrigger.Supersede);
        if (successor.Id == Id || successor.Status is RecallCampaignStatus.Closed or RecallCampaignStatus.Superseded)
        {
            throw new BusinessRuleException("invalid-successor", $"Campaign {successor.Number} cannot supersede {Number}: it must be another campaign that is neither closed nor superseded.");
        }

        Fire(RecallCampaignTrigger.Supersede, now);
        SupersededByNumber = successor.Number;
        ClosedAt = now;
    }

    private StateMachine<RecallCampaignStatus, RecallCampaignTrigger> Lifecycle() =>
        _lifecycle ??= CreateLifecycle(() => Status, s => Status = s, Id);

    private void EnsureCanFire(RecallCampaignTrigger trigger)
    {
        if (!Lifecycle().CanFire(trigger))
        {
            throw new InvalidTransitionException(nameof(RecallCampaign), Id, Status.ToString(), trigger.ToString());
        }
    }

    private void Fire(RecallCampaignTrigger trigger, DateTime now)
    {
        EnsureCanFire(trigger);
        Lifecycle().Fire(trigger);
        UpdatedAt = now;
    }

    private static StateMachine<RecallCampaignStatus, RecallCampaignTrigger> CreateLifecycle(
        Func<RecallCampaignStatus> read, Action<RecallCampaignStatus> write, Guid id)
    {
        var machine = new StateMachine<RecallCampaignStatus, RecallCampaignTrigger>(read, write);
        machine.OnUnhandledTrigger((state, trigger) =>
            throw new InvalidTransitionException(nameof(RecallCampaign), id, state.ToString(), trigger.ToString()));

        machine.Configure(RecallCampaignStatus.Draft)
            .Permit(RecallCampaignTrigger.Define, RecallCampaignStatus.Defined)
            .Permit(RecallCampaignTrigger.Close, RecallCampaignStatus.Closed);

        machine.Configure(RecallCampaignStatus.Defined)
            .PermitReentry(RecallCampaignTrigger.Define)
            .Permit(RecallCampaignTrigger.NotifyDealers, RecallCampaignStatus.DealersNotified)
            .Permit(RecallCampaignTrigger.Close, RecallCampaignStatus.Closed);

        // A launch held by the gate waits here until parts are available, or is closed/superseded.
        machine.Configure(RecallCampaignStatus.DealersNotified)
            .Permit(RecallCampaignTrigger.Launch, RecallCampaignStatus.Launched)
            .Permit(RecallCampaignTrigger.Close, RecallCampaignStatus.Closed)
            .Permit(RecallCampaignTrigger.Supersede, RecallCampaignStatus.Superseded);

        machine.Configure(RecallCampaignStatus.Launched)
            .Permit(RecallCampaignTrigger.Activate, RecallCampaignStatus.Active)
            .Permit(RecallCampaignTrigger.Close, RecallCampaignStatus.Closed)
            .Permit(RecallCampaignTrigger.Supersede, RecallCampaignStatus.Superseded);

        machine.Configure(RecallCampaignStatus.Active)
            .Permit(RecallCampaignTrigger.Close, RecallCampaignStatus.Closed)
            .Permit(RecallCampaignTrigger.Supersede, RecallCampaignStatus.Superseded);

        machine.Configure(RecallCampaignStatus.Closed);
        machine.Configure(RecallCampaignStatus.Superseded);
        return machine;
    }
}
