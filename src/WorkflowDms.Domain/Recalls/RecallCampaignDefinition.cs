namespace WorkflowDms.Domain.Recalls;

/// <summary>What a recall manager states when creating a campaign.</summary>
public sealed record RecallCampaignDefinition(
    string Number,
    string Title,
    RecallType Type,
    int Priority,
    string LaborOperationCode,
    IReadOnlyList<string> PartNumbers,
    int PartsAvailabilityPercent,
    int MinPartsAvailabilityPercent,
    DateTime ExpiresOn,
    int OpenPhase);
