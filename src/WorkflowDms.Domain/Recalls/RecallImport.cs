using WorkflowDms.Domain.Errors;

namespace WorkflowDms.Domain.Recalls;

/// <summary>
/// A VIN-list upload for a campaign, processed in batches by a background job. The counters are
/// committed with every batch, so a client polling the import sees its progress.
/// </summary>
public class RecallImport : IVersioned
{
    public const int MaxLines = 50_000;

    private RecallImport()
    {
        OrgPath = "";
        Format = "";
        Payload = "";
        CreatedBy = "";
    }

    public Guid Id { get; private set; }

    public Guid CampaignId { get; private set; }

    public string OrgPath { get; private set; }

    /// <summary><c>csv</c> or <c>json</c>: what was uploaded.</summary>
    public string Format { get; private set; }

    /// <summary>Unknown VINs are registered in the vehicle master (stock of the given dealer) instead of being rejected.</summary>
    public bool CreateMissingVehicles { get; private set; }

    /// <summary>The parsed lines, normalised to <c>line|vin|dealerCode|productionDate|modelGroup|phase</c>, one per row.</summary>
    public string Payload { get; private set; }

    public RecallImportStatus Status { get; private set; }

    public int Total { get; private set; }

    public int Processed { get; private set; }

    public int Accepted { get; private set; }

    public int Rejected { get; private set; }

    public string CreatedBy { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public DateTime? StartedAt { get; private set; }

    public DateTime? CompletedAt { get; private set; }

    public string? Error { get; private set; }

    public int Version { get; private set; }

    public static RecallImport Queue(Guid id, RecallCampaign campaign, string format, bool createMissingVehicles, IReadOnlyList<string> normalisedLines, string createdBy, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        ArgumentNullException.ThrowIfNull(normalisedLines);
        if (normalisedLines.Count == 0 || normalisedLines.Count > MaxLines)
        {
            throw new BusinessRuleException("invalid-import", $"An import holds 1 to {MaxLines} VINs.");
        }

        return new RecallImport
        {
            Id = id,
            CampaignId = campaign.Id,
            OrgPath = campaign.OrgPath,
            Format = format,
            CreateMissingVehicles = createMissingVehicles,
            Payload = string.Join('\n', normalisedLines),
            Status = RecallImportStatus.Queued,
            Total = normalisedLines.Count,
            CreatedBy = createdBy,
            CreatedAt = now,
        };
    }

    public IReadOnlyList<string> Lines => Payload.Split('\n');

    public bool IsFinished => Status is RecallImportStatus.Completed or RecallImportStatus.Failed;

    /// <summary>Counts one processed batch; completes the import after its last line.</summary>
    public void RecordBatch(int accepted, int rejected, DateTime now)
    {
        if (IsFinished || accepted < 0 || rejected < 0 || Processed + accepted + rejected > Total)
        {
            throw new InvalidTransitionException(nameof(RecallImport), Id, Status.ToString(), "record-batch");
        }

        StartedAt ??= now;
        Status = RecallImportStatus.Running;
        Processed += accepted + rejected;
        Accepted += accepted;
        Rejected += rejected;
        if (Processed == Total)
        {
            Status = RecallImportStatus.Completed;
            CompletedAt = now;
        }
    }

    /// <summary>The campaign stopped accepting vehicles, or processing broke; what was committed stays.</summary>
    public void Fail(string error, DateTime now)
    {
        if (IsFinished)
        {
            return;
        }

        Status = RecallImportStatus.Failed;
        Error = error.Length > 2000 ? error[..2000] : error;
        CompletedAt = now;
    }
}
