namespace WorkflowDms.Domain.Orders;

/// <summary>A priced line as the order receives it: the catalogue price valid on the order date, or none (O-13).</summary>
/// <param name="ItemCode">Vehicle model code or part number.</param>
/// <param name="Quantity">Ordered quantity, at least 1.</param>
/// <param name="UnitPriceMinor">The list price valid on the order date; null when no price is valid then.</param>
/// <param name="DiscountPercent">Requested discount off the list price.</param>
/// <param name="MinOrderQuantity">The catalogue's minimum order quantity (parts), 1 when none.</param>
/// <param name="MaxDiscountPercent">The catalogue's discount limit for the item.</param>
public sealed record OrderLineDraft(string ItemCode, int Quantity, long? UnitPriceMinor, decimal DiscountPercent, int MinOrderQuantity, decimal MaxDiscountPercent);
