namespace WorkflowDms.Application.Recalls;

/// <summary>A JSON VIN-list upload (POST /recalls/{id}/imports with Content-Type application/json).</summary>
public sealed record RecallImportUpload
{
    public bool CreateMissingVehicles { get; init; }
    public IReadOnlyList<RecallImportLine>? Vehicles { get; init; }
}
