using WorkflowDms.Domain.Errors;
using WorkflowDms.Domain.Organisation;

namespace WorkflowDms.Domain.Recalls;

/// <summary>
/// A recall / field campaign (domain-reference §2.5), owned by the org node of the recall manager who created
/// it. Status changes go through the lifecycle in <c>RecallCampaign.Lifecycle.cs</c>; the affected vehicles
/// are <see cref="CampaignVehicle"/> rows.
/// </summary>
public partial class RecallCampaign : IVersioned
{
    public const int MaxOpenPhase = 9;

    private RecallCampaign()
    {
        Number = "";
        Title = "";
        LaborOperationCode = "";
        PartNumbers = "";
        OrgPath = "";
        CreatedBy = "";
    }

    public Guid Id { get; private set; }

    /// <summary>The campaign number dealers quote (STAR campaign_number), unique.</summary>
    public string Number { get; private set; }

    public string Title { get; private set; }

    public RecallType Type { get; private set; }

    /// <summary>1 (highest) to 5.</summary>
    public int Priority { get; private set; }

    /// <summary>The remedy's labour operation (catalogue code).</summary>
    public string LaborOperationCode { get; private set; }

    /// <summary>The remedy's part numbers, comma separated.</summary>
    public string PartNumbers { get; private set; }

    public int PartsAvailabilityPercent { get; private set; }

    /// <summary>The launch gate's minimum (R-06, ServiceNow "minimum parts availability percentage").</summary>
    public int MinPartsAvailabilityPercent { get; private set; }

    /// <summary>UTC midnight of the last day a repair may be claimed (STAR campaign_expiration_date).</summary>
    public DateTime ExpiresOn { get; private set; }

    /// <summary>Vehicles of phases 1..OpenPhase may be claimed .</summary>
    public int OpenPhase { get; private set; }

    public RecallCampaignStatus Status { get; private set; }

    public Guid OrgNodeId { get; private set; }

    public string OrgPath { get; private set; }

    public string CreatedBy { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public DateTime UpdatedAt { get; private set; }

    public DateTime? DealersNotifiedAt { get; private set; }

    public DateTime? LaunchedAt { get; private set; }

    public DateTime? OwnersNotifiedAt { get; private set; }

    public DateTime? ClosedAt { get; private set; }

    public string? CloseReason { get; private set; }

    /// <summary>The superseding campaign's number (STAR superceeded_campaign_number_string).</summary>
    public string? SupersededByNumber { get; private set; }

    /// <summary>The latest rule evaluation (launch gate or completion check).</summary>
    public string? LastRuleResultJson { get; private set; }

    public Guid? WorkflowInstanceId { get; private set; }

    public int Version { get; private set; }

    /// <summary>Safety and stop-drive campaigns block the sale of unsold affected vehicles (R-03, 49 CFR 573.11).</summary>
    public bool RequiresStopSale => Type is RecallType.Safety or RecallType.StopDrive;

    /// <summary>Dealers have been told: they see the campaign and its vehicles in their scope.</summary>
    public bool IsPublished => Status is not (RecallCampaignStatus.Draft or RecallCampaignStatus.Defined);

    public IReadOnlyList<string> PartNumberList =>
        PartNumbers.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public static RecallCampaign Create(Guid id, RecallCampaignDefinition definition, OrgNode owner, string createdBy, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(owner);
        if (string.IsNullOrWhiteSpace(definition.Number) || string.IsNullOrWhiteSpace(definition.Title))
        {
            throw new BusinessRuleException("invalid-campaign", "A campaign needs a number and a title.");
        }

        var campaign = new RecallCampaign
        {
            Id = id,
            Number = definition.Number.Trim().ToUpperInvariant(),
            Title = definition.Title.Trim(),
            Type = definition.Type,
            Priority = definition.Priority,
            LaborOperationCode = definition.LaborOperationCode.Trim(),
            PartNumbers = string.Join(',', definition.PartNumbers.Select(p => p.Trim()).Where(p => p.Length > 0).Distinct(StringComparer.Ordinal)),
            ExpiresOn = DateTime.SpecifyKind(definition.ExpiresOn.Date, DateTimeKind.Utc),
            Status = RecallCampaignStatus.Draft,
            OrgNodeId = owner.Id,
            OrgPath = owner.Path,
            CreatedBy = createdBy,
            CreatedAt = now,
            UpdatedAt = now,
        };
        campaign.SetPartsAvailability(definition.PartsAvailabilityPercent, definition.MinPartsAvailabilityPercent, now);
        campaign.OpenPhasesUpTo(definition.OpenPhase, now);
        return campaign;
    }

    /// <summary>The last day a repair counts for this campaign has passed on <paramref name="day"/>.</summary>
    public bool IsExpiredOn(DateTime day) => day.Date > ExpiresOn.Date;

    public void SetPartsAvailability(int percent, int? minimumPercent, DateTime now)
    {
        var minimum = minimumPercent ?? MinPartsAvailabilityPercent;
        if (percent is < 0 or > 100 || minimum is < 0 or > 100)
        {
            throw new BusinessRuleException("invalid-parts-availability", "Parts availability and its minimum are percentages from 0 to 100.");
        }

        PartsAvailabilityPercent = percent;
        MinPartsAvailabilityPercent = minimum;
        UpdatedAt = now;
    }

    /// <summary>Opens phases 1..<paramref name="phase"/> for claims; phases are never closed again.</summary>
    public void OpenPhasesUpTo(int phase, DateTime now)
    {
        if (phase < 1 || phase > MaxOpenPhase || phase < OpenPhase)
        {
            throw new BusinessRuleException("invalid-phase", $"The open phase is 1 to {MaxOpenPhase} and cannot go back (now {OpenPhase}).");
        }

        OpenPhase = phase;
        UpdatedAt = now;
    }

    public void RecordRuleResult(string ruleResultJson, DateTime now)
    {
        LastRuleResultJson = ruleResultJson;
        UpdatedAt = now;
    }

    public void AttachWorkflow(Guid instanceId, DateTime now)
    {
        WorkflowInstanceId = instanceId;
        UpdatedAt = now;
    }
}
