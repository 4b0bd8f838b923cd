using Microsoft.EntityFrameworkCore;
using WorkflowDms.Domain.Claims;
using WorkflowDms.Domain.Policies;
using WorkflowDms.Persistence;

namespace WorkflowDms.Application.Claims;

/// <summary>
/// Builds what the <c>warranty-claim</c> rule set sees: the claim with catalogue knowledge per line, the
/// vehicle with its coverage and claim history, and the dealer's contract. Every lookup happens here, in a
/// handful of indexed queries, so that each rule is a plain comparison and rules never query anything.
/// </summary>
internal static class ClaimFactsBuilder
{
    /// <summary>Claims whose old parts are this late count as overdue returns (infodms UntreadRule16: 3 months).</summary>
    private static readonly TimeSpan PartReturnOverdueAfter = TimeSpan.FromDays(90);

    public static Dictionary<string, object?> Build(WorkflowDmsDbContext db, Claim claim, bool manualAuditRequested, DateTime now)
    {
        var dealer = db.Dealers.AsNoTracking().Single(d => d.Id == claim.DealerId);
        var vehicle = db.Vehicles.AsNoTracking().SingleOrDefault(v => v.Vin == claim.Vin);
        var operationCodes = claim.Lines.Where(l => l.OperationCode != null).Select(l => l.OperationCode!).Distinct().ToList();
        var partNumbers = claim.Lines.Where(l => l.PartNumber != null).Select(l => l.PartNumber!).Distinct().ToList();
        var operations = db.LaborOperations.AsNoTracking().Where(o => operationCodes.Contains(o.Code)).ToDictionary(o => o.Code);
        var parts = db.Parts.AsNoTracking().Where(p => partNumbers.Contains(p.PartNumber)).ToDictionary(p => p.PartNumber);
        var faultKnown = claim.FaultCode is not null && db.FaultCodes.AsNoTracking().Any(f => f.Code == claim.FaultCode);
        var duplicate = db.Claims.AsNoTracking().Any(c => c.DealerId == claim.DealerId && c.RepairOrderNumber == claim.RepairOrderNumber && c.Id != claim.Id);
        var history = db.Claims.AsNoTracking()
            .Where(c => c.Vin == claim.Vin && c.Id != claim.Id && c.Status != ClaimStatus.Rejected)
            .Select(c => new { c.RepairDate, c.MileageKm })
            .ToList();
        var overdueSince = now - PartReturnOverdueAfter;
        var overdueReturns = db.Claims.AsNoTracking()
            .Count(c => c.DealerId == claim.DealerId && c.Status == ClaimStatus.PartsReturnPending && c.UpdatedAt < overdueSince);
        var modelGroup = vehicle?.ModelGroup ?? "";
        var preAuthorization = claim.PreAuthorizationNumber is null
            ? null
            : db.PreAuthorizations.AsNoTracking().SingleOrDefault(p => p.Number == claim.PreAuthorizationNumber && p.DealerId == claim.DealerId && p.Status == PreAuthorizationStatus.Approved);
        var preAuthorizationReused = preAuthorization is not null && db.Claims.AsNoTracking()
            .Any(c => c.PreAuthorizationNumber == claim.PreAuthorizationNumber && c.Id != claim.Id && c.Status != ClaimStatus.Rejected);
        var maintenanceFees = claim.ClaimType == ClaimTypes.FreeMaintenance
            ? db.MaintenanceFees.AsNoTracking().Where(f => f.ModelGroup == modelGroup).ToList()
            : [];
        var maintenanceFee = maintenanceFees.SingleOrDefault(f => f.Sequence == claim.MaintenanceSequence);
        var maintenanceClaimed = claim.ClaimType == ClaimTypes.FreeMaintenance && db.Claims.AsNoTracking().Any(c =>
            c.Vin == claim.Vin && c.Id != claim.Id && c.ClaimType == ClaimTypes.FreeMaintenance
            && c.MaintenanceSequence == claim.MaintenanceSequence && c.Status != ClaimStatus.Rejected);

        var lines = claim.Lines.OrderBy(l => l.LineNumber).Select(l =>
        {
            var operation = l.OperationCode is null ? null : operations.GetValueOrDefault(l.OperationCode);
            var part = l.PartNumber is null ? null : parts.GetValueOrDefault(l.PartNumber);
            return new ClaimLineFacts
            {
                Type = l.Type.ToString().ToLowerInvariant(),
                OperationCode = l.OperationCode,
                OperationKnown = operation is not null,
                OperationValidForModel = operation is not null && operation.AppliesTo(modelGroup),
                Hours = l.HundredthHours / 100m,
                StandardHours = (operation?.StandardHundredthHours ?? 0) / 100m,
                LaborRate = l.Type == ClaimLineType.Labor ? l.UnitPriceMinor / 100m : 0,
                PartNumber = l.PartNumber,
                PartKnown = part is not null,
                Quantity = l.Quantity,
                MaxQuantityPerVehicle = part?.MaxQuantityPerVehicle ?? 0,
                PartReturnable = part?.Returnable ?? false,
                UnitPrice = l.UnitPriceMinor / 100m,
                Description = l.Description,
                Comment = l.Comment,
                HasComment = !string.IsNullOrWhiteSpace(l.Comment),
                Amount = l.AmountMinor / 100m,
            };
        }).ToList();

        var claimFacts = new ClaimFacts
        {
            DealerClaimNumber = claim.DealerClaimNumber,
            Vin = claim.Vin,
            RepairOrderNumber = claim.RepairOrderNumber,
            RepairDate = claim.RepairDate,
            SubmittedAt = claim.SubmittedAt,
            DaysSinceRepair = (int)(claim.SubmittedAt.Date - claim.RepairDate.Date).TotalDays,
            MileageKm = claim.MileageKm,
            FaultCode = claim.FaultCode,
            FaultCodeKnown = faultKnown,
            CausalPartNumber = claim.CausalPartNumber,
            CausalPartClaimed = claim.CausalPartNumber is not null && claim.Lines.Any(l => l.PartNumber == claim.CausalPartNumber),
            SubmissionCount = claim.SubmissionCount,
            TotalAmount = claim.TotalMinor / 100m,
            LineCount = claim.Lines.Count,
            LaborLineCount = claim.Lines.Count(l => l.Type == ClaimLineType.Labor),
            PartLineCount = claim.Lines.Count(l => l.Type == ClaimLineType.Part),
            DuplicateRepairOrder = duplicate,
            ManualAuditRequested = manualAuditRequested,
            ClaimType = claim.ClaimType,
            PreAuthorizationNumber = claim.PreAuthorizationNumber,
            PreAuthorizationApproved = preAuthorization is not null,
            PreAuthorizationVinMatches = preAuthorization?.Vin == claim.Vin,
            RepairBeforePreAuthorization = preAuthorization is not null && claim.RepairDate < preAuthorization.ValidFrom,
            PreAuthorizationExpired = preAuthorization is not null && claim.SubmittedAt > preAuthorization.ValidUntil,
            PreAuthorizedMaxAmount = (preAuthorization?.AuthorizedMaxMinor ?? 0) / 100m,
            PreAuthorizationUsedByOtherClaim = preAuthorizationReused,
            HasValidPreAuthorization = preAuthorization is not null
                && preAuthorization.Vin == claim.Vin
                && claim.RepairDate >= preAuthorization.ValidFrom
                && preAuthorization.IsValidAt(claim.SubmittedAt)
                && claim.TotalMinor <= preAuthorization.AuthorizedMaxMinor
                && !preAuthorizationReused,
            Appealed = claim.AppealCount > 0,
            MaintenanceSequence = claim.MaintenanceSequence ?? 0,
            MaintenanceSequenceAlreadyClaimed = maintenanceClaimed,
            MaintenancePolicyCount = maintenanceFees.Count == 0 ? 0 : maintenanceFees.Max(f => f.Sequence),
            MaintenanceFeeConfigured = maintenanceFee is not null,
            MaintenanceFee = (maintenanceFee?.FeeMinor ?? 0) / 100m,
            Lines = lines,
        };

        var vehicleFacts = vehicle is null
            ? new VehicleFacts { Known = false }
            : new VehicleFacts
            {
                Known = true,
                ModelGroup = vehicle.ModelGroup,
                ProductionDate = vehicle.ProductionDate,
                InServiceDate = vehicle.InServiceDate,
                CoverageMonths = vehicle.CoverageMonths,
                CoverageKm = vehicle.CoverageKm,
                CoverageEndsOn = vehicle.InServiceDate?.AddMonths(vehicle.CoverageMonths),
                SalvageTitle = vehicle.SalvageTitle,
                MaxEarlierClaimMileageKm = history.Where(h => h.RepairDate < claim.RepairDate).Select(h => h.MileageKm).DefaultIfEmpty(0).Max(),
                MinLaterClaimMileageKm = history.Where(h => h.RepairDate > claim.RepairDate).Select(h => h.MileageKm).DefaultIfEmpty(0).Min(),
            };

        var dealerFacts = new DealerFacts
        {
            Code = dealer.Code,
            Tier = dealer.Tier,
            Active = dealer.Active,
            AuthorizedForWarranty = dealer.AuthorizedForWarranty,
            WarrantyLaborRate = dealer.WarrantyLaborRateMinor / 100m,
            ClaimWindowDays = dealer.ClaimWindowDays,
            AutoApprovalLimit = dealer.AutoApprovalLimitMinor / 100m,
            PreAuthorizationThreshold = dealer.PreAuthorizationThresholdMinor / 100m,
            OnWatchList = dealer.OnWatchList,
            OverduePartReturns = overdueReturns,
        };

        return new Dictionary<string, object?> { ["claim"] = claimFacts, ["vehicle"] = vehicleFacts, ["dealer"] = dealerFacts };
    }
}
