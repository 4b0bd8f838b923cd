namespace WorkflowDms.Domain.Claims;

/// <summary>The header fields a dealer sends, on submission and again on every correction.</summary>
public sealed record ClaimHeader
{
    public required string Vin { get; init; }

    public required string RepairOrderNumber { get; init; }

    /// <summary>The repair date; only the date part is kept (UTC midnight).</summary>
    public required DateTime RepairDate { get; init; }

    public required int MileageKm { get; init; }

    public string? FaultCode { get; init; }

    public string? CausalPartNumber { get; init; }

    public string? PreAuthorizationNumber { get; init; }

    /// <summary><see cref="ClaimTypes.Warranty"/> or <see cref="ClaimTypes.FreeMaintenance"/>.</summary>
    public string ClaimType { get; init; } = ClaimTypes.Warranty;

    /// <summary>The free-maintenance visit (1 = first free service, 首保); only for free-maintenance claims.</summary>
    public int? MaintenanceSequence { get; init; }
}
