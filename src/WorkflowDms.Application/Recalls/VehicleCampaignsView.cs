namespace WorkflowDms.Application.Recalls;

/// <summary>
/// Every published campaign of one VIN: <see cref="OpenCampaigns"/> &gt; 0 alerts the service advisor,
/// <see cref="StopSale"/> forbids selling or delivering the vehicle.
/// </summary>
public sealed record VehicleCampaignsView(string Vin, int OpenCampaigns, bool StopSale, IReadOnlyList<CampaignVehicleView> Campaigns);
