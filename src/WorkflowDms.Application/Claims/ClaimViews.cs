using System.Text.Json;
using WorkflowDms.Application.Policies;
using WorkflowDms.Domain.Claims;

namespace WorkflowDms.Application.Claims;

/// <summary>Maps claims to what the API shows. Minor units become major units here and nowhere else.</summary>
internal static class ClaimViews
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static ClaimView ToView(this Claim claim) => new(
        claim.Id,
        claim.Number,
        claim.Status.ToString(),
        claim.DealerCode,
        claim.DealerClaimNumber,
        claim.Vin,
        claim.RepairOrderNumber,
        DateOnly.FromDateTime(claim.RepairDate),
        claim.MileageKm,
        claim.FaultCode,
        claim.CausalPartNumber,
        claim.SubmissionCount,
        Money(claim.TotalMinor),
        claim.ApprovedMinor is { } a ? Money(a) : null,
        claim.Currency,
        claim.PartsReturnRequired,
        claim.SubmittedAt,
        claim.UpdatedAt,
        claim.DecisionReasonCode,
        claim.DecisionComment,
        claim.LastRuleResultJson is { } json ? JsonSerializer.Deserialize<RuleResultView>(json, Json) : null,
        claim.Lines.OrderBy(l => l.LineNumber).Select(ToView).ToList(),
        claim.ClaimType,
        claim.MaintenanceSequence,
        claim.PreAuthorizationNumber,
        claim.AppealCount,
        claim.AppealReason,
        claim.PaymentBatchId);

    public static ClaimSummaryView ToSummary(this Claim claim) => new(
        claim.Id, claim.Number, claim.Status.ToString(), claim.DealerCode, claim.DealerClaimNumber, claim.Vin,
        Money(claim.TotalMinor), claim.Currency, claim.SubmittedAt, claim.UpdatedAt);

    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Json);

    private static ClaimLineView ToView(ClaimLine line) => new(
        line.LineNumber,
        line.Type.ToString().ToLowerInvariant(),
        line.OperationCode,
        line.Type == ClaimLineType.Labor ? line.HundredthHours / 100m : null,
        line.PartNumber,
        line.Type == ClaimLineType.Part ? line.Quantity : null,
        line.Description,
        line.Comment,
        Money(line.UnitPriceMinor),
        Money(line.AmountMinor),
        line.Disposition.ToString(),
        line.ApprovedAmountMinor is { } a ? Money(a) : null,
        line.ReasonCode);

    public static decimal Money(long minor) => minor / 100m;
}
