using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WorkflowDms.Application.Auditing;
using WorkflowDms.Application.Security;
using WorkflowDms.Domain.Auditing;
using WorkflowDms.Domain.Organisation;
using WorkflowDms.Domain.Recalls;
using WorkflowDms.Domain.Vehicles;
using WorkflowDms.Persistence;

namespace WorkflowDms.Application.Recalls;

/// <summary>
/// Processes the next batch of an import inside one command (one short transaction): validates each VIN,
/// finds it in the vehicle master (or registers it as dealer stock when the import asks for that), skips
/// VINs already in the campaign, and records the rejected lines and the progress counters.
/// </summary>
internal static class RecallImportBatch
{
    public const int BatchSize = 1_000;

    /// <summary>Coverage of a vehicle registered by an import: the demo brand's standard 3 years / 100,000 km.</summary>
    private const int DefaultCoverageMonths = 36;
    private const int DefaultCoverageKm = 100_000;

    public sealed record DealerNodes(IReadOnlyDictionary<Guid, OrgNode> ById, IReadOnlyDictionary<string, OrgNode> ByCode);

    public static async Task<DealerNodes> DealerNodesAsync(WorkflowDmsDbContext db, CancellationToken ct)
    {
        var nodes = await db.OrgNodes.AsNoTracking()
            .Where(n => n.Kind == OrgNodeKind.Dealer || n.Kind == OrgNodeKind.ServiceStation)
            .ToListAsync(ct);
        return new DealerNodes(nodes.ToDictionary(n => n.Id), nodes.ToDictionary(n => n.Code, StringComparer.Ordinal));
    }

    /// <summary>Runs one batch; returns true when the import is finished (completed or failed).</summary>
    public static async Task<bool> ProcessNextAsync(IServiceProvider services, WorkflowDmsDbContext db, Guid importId, DateTime now, CancellationToken ct)
    {
        var import = await db.RecallImports.SingleAsync(i => i.Id == importId, ct);
        if (import.IsFinished)
        {
            return true;
        }

        var audit = services.GetRequiredService<AuditTrail>();
        var campaign = await db.RecallCampaigns.SingleAsync(c => c.Id == import.CampaignId, ct);
        if (!campaign.AcceptsVehicles)
        {
            import.Fail($"Campaign {campaign.Number} is {campaign.Status}; vehicles can only be added while it is Draft or Defined.", now);
            await audit.AppendAsync(Actor.System, AuditAction.ImportProgressed, RecallKeys.AuditSubject(campaign.Id), campaign.OrgPath, Progress(import), ct);
            return true;
        }

        var batch = import.Lines.Skip(import.Processed).Take(BatchSize).Select(RecallImportParser.Read).ToList();
        var vins = batch.Select(l => VinValidator.Normalize(l.Vin)).Distinct(StringComparer.Ordinal).ToList();
        var vehicles = await db.Vehicles.Where(v => vins.Contains(v.Vin)).ToDictionaryAsync(v => v.Vin, StringComparer.Ordinal, ct);
        var inCampaign = (await db.CampaignVehicles.Where(v => v.CampaignId == campaign.Id && vins.Contains(v.Vin)).Select(v => v.Vin).ToListAsync(ct))
            .ToHashSet(StringComparer.Ordinal);
        var dealers = await DealerNodesAsync(db, ct);

        int accepted = 0, rejected = 0;
        foreach (var line in batch)
        {
            var vin = VinValidator.Normalize(line.Vin);
            var reason = Check(line, vin, vehicles, inCampaign, dealers, import.CreateMissingVehicles);
            if (reason is not null)
            {
                db.RecallImportRejections.Add(new RecallImportRejection(Guid.CreateVersion7(), import.Id, line.Line, line.Vin, reason));
                rejected++;
                continue;
            }

            if (!vehicles.TryGetValue(vin, out var vehicle))
            {
                var dealer = line.DealerCode.Length == 0 ? null : dealers.ByCode[line.DealerCode];
                vehicle = Vehicle.Register(Guid.CreateVersion7(), vin, line.ModelGroup.Length == 0 ? "UNSPECIFIED" : line.ModelGroup,
                    ParseDate(line.ProductionDate)!.Value, DefaultCoverageMonths, DefaultCoverageKm, dealer?.Id);
                db.Vehicles.Add(vehicle);
                vehicles[vin] = vehicle;
            }

            var node = vehicle.DealerOrgNodeId is { } nodeId ? dealers.ById.GetValueOrDefault(nodeId) : null;
            var phase = line.Phase.Length == 0 ? 1 : int.Parse(line.Phase, CultureInfo.InvariantCulture);
            db.CampaignVehicles.Add(CampaignVehicle.Add(Guid.CreateVersion7(), campaign, vehicle.Id, vin, node?.Id, node?.Path, vehicle.InServiceDate is null, phase, now));
            inCampaign.Add(vin);
            accepted++;
        }

        import.RecordBatch(accepted, rejected, now);
        await audit.AppendAsync(Actor.System, AuditAction.ImportProgressed, RecallKeys.AuditSubject(campaign.Id), campaign.OrgPath, Progress(import), ct);
        if (accepted > 0 && campaign.Status == RecallCampaignStatus.Draft)
        {
            services.GetRequiredService<RecallChanges>().Change(Actor.System, campaign, "define", c => c.Define(now), new { importId = import.Id });
        }

        return import.IsFinished;
    }

    private static object Progress(RecallImport import) => new
    {
        caseType = RecallKeys.CaseType,
        importId = import.Id,
        status = import.Status.ToString(),
        import.Total,
        import.Processed,
        import.Accepted,
        import.Rejected,
        import.Error,
    };

    /// <summary>Why a line is not accepted, or null when it is.</summary>
    private static string? Check(
        (int Line, string Vin, string DealerCode, string ProductionDate, string ModelGroup, string Phase) line,
        string vin,
        Dictionary<string, Vehicle> vehicles,
        HashSet<string> inCampaign,
        DealerNodes dealers,
        bool createMissing)
    {
        var validation = VinValidator.Validate(vin);
        if (!validation.IsValid)
        {
            return $"Invalid VIN: {validation.Reason}";
        }

        if (inCampaign.Contains(vin))
        {
            return "The VIN is already in this campaign.";
        }

        if (line.Phase.Length > 0 && (!int.TryParse(line.Phase, NumberStyles.None, CultureInfo.InvariantCulture, out var phase) || phase < 1 || phase > RecallCampaign.MaxOpenPhase))
        {
            return $"Phase '{line.Phase}' is not 1 to {RecallCampaign.MaxOpenPhase}.";
        }

        if (vehicles.ContainsKey(vin))
        {
            return null;
        }

        if (!createMissing)
        {
            return "Unknown VIN: not in the vehicle master.";
        }

        if (line.DealerCode.Length > 0 && !dealers.ByCode.ContainsKey(line.DealerCode))
        {
            return $"Unknown dealer code '{line.DealerCode}'.";
        }

        if (ParseDate(line.ProductionDate) is null)
        {
            return "A vehicle to register needs a production date (yyyy-MM-dd).";
        }

        return line.ModelGroup.Length > 32 ? "The model group has at most 32 characters." : null;
    }

    private static DateTime? ParseDate(string text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc)
            : null;
}
