namespace WorkflowDms.Domain.Claims;

/// <summary>What a dealer asks to have authorised before the repair: the vehicle, the fault, the planned work and its estimate.</summary>
public sealed record PreAuthorizationRequest
{
    public required string Vin { get; init; }

    public required string FaultCode { get; init; }

    public required string Description { get; init; }

    /// <summary>The planned lines as the dealer described them (JSON), shown to the reviewer.</summary>
    public required string PlannedLinesJson { get; init; }

    public required long EstimatedMinor { get; init; }
}
