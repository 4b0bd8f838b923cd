namespace WorkflowDms.Application.Claims;

/// <summary>Body of POST /claims/{id}/parts-shipment: how the dealer sent the old part back.</summary>
/// <param name="Carrier">The carrier, e.g. "SF Express".</param>
/// <param name="TrackingNumber">The carrier's tracking or waybill number (回运单号).</param>
public sealed record PartsShipment(string? Carrier, string? TrackingNumber);
