namespace WorkflowDms.Domain.Returns;

/// <summary>Order reasons of a return request (SAP returns: order reason mandatory, RT-09).</summary>
public static class ReturnReasons
{
    public const string SurplusStock = "surplus-stock";
    public const string OrderedInError = "ordered-in-error";
    public const string WrongPartDelivered = "wrong-part-delivered";
    public const string DuplicateDelivery = "duplicate-delivery";

    public static IReadOnlyList<string> All { get; } = [SurplusStock, OrderedInError, WrongPartDelivered, DuplicateDelivery];
}
