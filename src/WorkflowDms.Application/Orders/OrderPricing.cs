using Microsoft.EntityFrameworkCore;
using WorkflowDms.Application.Common;
using WorkflowDms.Domain.Dealers;
using WorkflowDms.Domain.Orders;
using WorkflowDms.Persistence;

namespace WorkflowDms.Application.Orders;

/// <summary>Prices order lines from the catalogue: the entry valid on the order date, or none (the order is then held, O-13).</summary>
internal static class OrderPricing
{
    public static async Task<List<OrderLineDraft>> PriceAsync(WorkflowDmsDbContext db, Dealer dealer, OrderType type, DateTime orderDate, IReadOnlyList<OrderLineRequest> lines, CancellationToken ct)
    {
        var codes = lines.Select(l => l.ItemCode!.Trim()).Distinct(StringComparer.Ordinal).ToList();
        var entries = await db.PriceListEntries.AsNoTracking().Where(p => codes.Contains(p.ItemCode)).ToListAsync(ct);
        var day = orderDate.Date;
        var drafts = new List<OrderLineDraft>(lines.Count);
        for (var i = 0; i < lines.Count; i++)
        {
            var code = lines[i].ItemCode!.Trim();
            var known = entries.Where(e => e.ItemCode == code).ToList();
            if (known.Count == 0 || known.Exists(e => e.OrderType != type))
            {
                throw new RequestBodyException(422, "Unknown item", $"'{code}' is not a {OrderViews.TypeName(type)} item of the price list.", $"lines[{i}].itemCode");
            }

            var valid = known.Where(e => e.IsValidOn(day)).OrderByDescending(e => e.EffectiveFrom).FirstOrDefault();
            if (valid is not null && valid.Currency != dealer.Currency)
            {
                throw new RequestBodyException(422, "Currency mismatch", $"'{code}' is priced in {valid.Currency}, the dealer orders in {dealer.Currency}.", $"lines[{i}].itemCode");
            }

            var reference = valid ?? known.OrderByDescending(e => e.EffectiveFrom).First();
            drafts.Add(new OrderLineDraft(code, lines[i].Quantity, valid?.UnitPriceMinor, lines[i].DiscountPercent, reference.MinOrderQuantity, reference.MaxDiscountPercent));
        }

        return drafts;
    }
}
