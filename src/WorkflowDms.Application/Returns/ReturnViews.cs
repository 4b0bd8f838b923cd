using System.Text.Json;
using WorkflowDms.Application.Policies;
using WorkflowDms.Domain.Returns;

namespace WorkflowDms.Application.Returns;

/// <summary>Maps returns to what the API shows. Minor units become major units here and nowhere else.</summary>
internal static class ReturnViews
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static ReturnView ToView(this ReturnRequest r) => new(
        r.Id,
        r.Number,
        r.Status.ToString(),
        r.DealerCode,
        r.Reason,
        r.Comment,
        Money(r.TotalMinor),
        r.Currency,
        r.RestockingFeePercent,
        r.RequestedAt,
        r.UpdatedAt,
        r.RmaNumber,
        r.RmaExpiresAt,
        r.ReturnOrderNumber,
        r.BillingBlocked,
        r.Carrier,
        r.TrackingNumber,
        r.ShippedAt,
        r.ReceivedAt,
        r.StockLocation,
        r.InspectionResult is { } result ? InspectionName(result) : null,
        r.AcceptedMinor is { } accepted ? Money(accepted) : null,
        r.RestockingFeeMinor is { } fee ? Money(fee) : null,
        r.CreditMinor is { } credit ? Money(credit) : null,
        r.CreditNoteNumber,
        r.DecisionReasonCode,
        r.DecisionComment,
        r.LastRuleResultJson is { } json ? JsonSerializer.Deserialize<RuleResultView>(json, Json) : null,
        r.Lines.OrderBy(l => l.LineNumber).Select(ToView).ToList());

    public static ReturnSummaryView ToSummary(this ReturnRequest r) => new(
        r.Id, r.Number, r.Status.ToString(), r.DealerCode, r.Reason, Money(r.TotalMinor), r.Currency,
        r.CreditMinor is { } credit ? Money(credit) : null, r.RequestedAt, r.UpdatedAt);

    public static string InspectionName(ReturnInspectionResult result) => result switch
    {
        ReturnInspectionResult.Accepted => "accepted",
        ReturnInspectionResult.PartiallyAccepted => "partially-accepted",
        _ => "rejected",
    };

    public static decimal Money(long minor) => minor / 100m;

    public static long Minor(decimal major) => checked((long)decimal.Round(major * 100m, 0, MidpointRounding.AwayFromZero));

    private static ReturnLineView ToView(ReturnLine l) => new(
        l.LineNumber, l.PartNumber, l.Quantity, l.PurchaseReference, DateOnly.FromDateTime(l.PurchaseDate),
        Money(l.UnitPricePaidMinor), Money(l.AmountMinor), l.Unused, l.OriginalPackaging, l.SpecialOrder, l.AcceptedQuantity);
}
