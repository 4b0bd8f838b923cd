namespace WorkflowDms.Application.Recalls;

/// <summary>A page of campaign vehicles; <see cref="Next"/> is the keyset cursor of the following page.</summary>
public sealed record CampaignVehiclePage(IReadOnlyList<CampaignVehicleView> Items, string? Next);
