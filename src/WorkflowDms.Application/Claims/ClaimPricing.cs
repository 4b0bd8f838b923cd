using Microsoft.EntityFrameworkCore;
using WorkflowDms.Domain.Claims;
using WorkflowDms.Domain.Dealers;
using WorkflowDms.Persistence;

namespace WorkflowDms.Application.Claims;

/// <summary>
/// Turns submitted lines into priced drafts: labour at the dealer's approved warranty rate, parts at the
/// catalogue price, sublet and other at the amount sent. Dealers never send prices for labour and parts, so
/// a price can't be inflated on the way in; unknown codes are priced at zero and left for the rules to flag.
/// </summary>
internal static class ClaimPricing
{
    public static async Task<IReadOnlyList<ClaimLineDraft>> PriceAsync(
        WorkflowDmsDbContext db, Dealer dealer, IReadOnlyList<ClaimSubmissionLine> lines, CancellationToken cancellationToken)
    {
        var partNumbers = lines.Where(l => l.Type == "part").Select(l => l.PartNumber!).Distinct().ToList();
        var prices = partNumbers.Count == 0
            ? new Dictionary<string, long>()
            : await db.Parts.AsNoTracking().Where(p => partNumbers.Contains(p.PartNumber))
                .ToDictionaryAsync(p => p.PartNumber, p => p.PriceMinor, cancellationToken);

        return lines.Select(l => l.Type switch
        {
            "labor" => new ClaimLineDraft
            {
                Type = ClaimLineType.Labor,
                OperationCode = l.OperationCode!.Trim(),
                HundredthHours = (long)(l.Hours!.Value * 100),
                Quantity = 1,
                UnitPriceMinor = dealer.WarrantyLaborRateMinor,
                Comment = Blank(l.Comment),
            },
            "part" => new ClaimLineDraft
            {
                Type = ClaimLineType.Part,
                PartNumber = l.PartNumber!.Trim(),
                Quantity = l.Quantity!.Value,
                UnitPriceMinor = prices.GetValueOrDefault(l.PartNumber!.Trim()),
                Comment = Blank(l.Comment),
            },
            _ => new ClaimLineDraft
            {
                Type = l.Type == "sublet" ? ClaimLineType.Sublet : ClaimLineType.Other,
                Description = l.Description!.Trim(),
                Quantity = 1,
                UnitPriceMinor = (long)(l.Amount!.Value * 100),
                Comment = Blank(l.Comment),
            },
        }).ToList();
    }

    public static ClaimHeader Header(ClaimSubmission submission) => new()
    {
        Vin = Domain.Vehicles.VinValidator.Normalize(submission.Vin!),
        RepairOrderNumber = submission.RepairOrderNumber!.Trim(),
        RepairDate = submission.RepairDate!.Value.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc),
        MileageKm = submission.MileageKm!.Value,
        FaultCode = Blank(submission.FaultCode),
        CausalPartNumber = Blank(submission.CausalPartNumber),
        PreAuthorizationNumber = Blank(submission.PreAuthorizationNumber),
        ClaimType = submission.ClaimType ?? ClaimTypes.Warranty,
        MaintenanceSequence = submission.MaintenanceSequence,
    };

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
