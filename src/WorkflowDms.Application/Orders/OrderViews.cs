using System.Text.Json;
using WorkflowDms.Application.Policies;
using WorkflowDms.Domain.Orders;

namespace WorkflowDms.Application.Orders;

public sealed record OrderLineView(int LineNumber, string ItemCode, int Quantity, decimal? UnitPrice, decimal DiscountPercent, decimal Amount);

public sealed record OrderView(
    Guid Id,
    string Number,
    string OrderType,
    string DealerCode,
    string DealerReference,
    DateOnly OrderDate,
    string Status,
    decimal Total,
    string Currency,
    int TotalQuantity,
    bool AbnormalAlert,
    string? AlertMessage,
    string? HoldReasonCode,
    string? CreditReasonCode,
    string? DecisionReasonCode,
    string? DecisionComment,
    string? ApprovedBy,
    int AdjustmentCount,
    IReadOnlyList<string> PermittedActions,
    RuleResultView? OrderRules,
    RuleResultView? CreditCheck,
    IReadOnlyList<OrderLineView> Lines,
    DateTime CreatedAt,
    DateTime? SubmittedAt,
    DateTime UpdatedAt);

public sealed record OrderSummaryView(Guid Id, string Number, string OrderType, string DealerCode, string Status, decimal Total, string Currency, bool AbnormalAlert, DateTime CreatedAt);

public sealed record OrderPage(IReadOnlyList<OrderSummaryView> Items, string? Next);

internal static class OrderViews
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static decimal Money(long minor) => minor / 100m;

    public static long Minor(decimal major) => checked((long)Math.Round(major * 100m, MidpointRounding.AwayFromZero));

    public static string TypeName(OrderType type) => type == OrderType.Vehicle ? "vehicle" : "parts";

    public static OrderView ToView(this Order order) => new(
        order.Id,
        order.Number,
        TypeName(order.Type),
        order.DealerCode,
        order.DealerReference,
        DateOnly.FromDateTime(order.OrderDate),
        order.Status.ToString(),
        Money(order.TotalMinor),
        order.Currency,
        order.TotalQuantity,
        order.AbnormalAlert,
        order.AlertMessage,
        order.HoldReasonCode,
        order.CreditReasonCode,
        order.DecisionReasonCode,
        order.DecisionComment,
        order.ApprovedBy,
        order.AdjustmentCount,
        Actions(order),
        Result(order.LastOrderRuleResultJson),
        Result(order.LastCreditRuleResultJson),
        order.Lines.OrderBy(l => l.LineNumber)
            .Select(l => new OrderLineView(l.LineNumber, l.ItemCode, l.Quantity, l.UnitPriceMinor is { } p ? Money(p) : null, l.DiscountPercent, Money(l.AmountMinor)))
            .ToList(),
        order.CreatedAt,
        order.SubmittedAt,
        order.UpdatedAt);

    public static OrderSummaryView ToSummary(this Order order) =>
        new(order.Id, order.Number, TypeName(order.Type), order.DealerCode, order.Status.ToString(), Money(order.TotalMinor), order.Currency, order.AbnormalAlert, order.CreatedAt);

    public static RuleResultView? Result(string? json) => json is null ? null : JsonSerializer.Deserialize<RuleResultView>(json, Json);

    public static string Serialize(RuleResultView result) => JsonSerializer.Serialize(result, Json);

    /// <summary>The API actions open to someone in the order's status (the action matrix as the client sees it).</summary>
    private static List<string> Actions(Order order) => order.Status switch
    {
        OrderStatus.Draft => ["maintain", "submit", "cancel"],
        OrderStatus.OnHold => ["adjust", "cancel"],
        OrderStatus.CreditBlocked => ["credit-decision"],
        OrderStatus.PendingApproval => ["approve", "reject"],
        OrderStatus.Approved => ["accept", "cancel"],
        OrderStatus.Accepted => ["ship", "cancel"],
        OrderStatus.Shipped => ["confirm-receipt"],
        OrderStatus.Delivered => ["close"],
        _ => [],
    };
}
