using WorkflowDms.Domain.Orders;
using WorkflowDms.Domain.Policies;
using WorkflowDms.Persistence;

namespace WorkflowDms.Application.Orders;

/// <summary>Computes the <c>order-policy</c> facts: prices, quantities, allocation and the dealer's order history.</summary>
internal static class OrderFactsBuilder
{
    /// <summary>Statuses in which a vehicle order has consumed allocation (O-01: accepted into production and after).</summary>
    private static readonly OrderStatus[] Consuming = [OrderStatus.Accepted, OrderStatus.Shipped, OrderStatus.Delivered, OrderStatus.Closed];

    /// <summary>Statuses that count as order history for O-19 (orders that went through).</summary>
    private static readonly OrderStatus[] History = [OrderStatus.Approved, OrderStatus.Accepted, OrderStatus.Shipped, OrderStatus.Delivered, OrderStatus.Closed];

    public static OrderFacts Build(WorkflowDmsDbContext db, Order order, DateTime now)
    {
        var day = order.OrderDate;
        var withoutAllocation = 0;
        var withoutQuota = 0;
        if (order.Type == OrderType.Vehicle)
        {
            foreach (var byModel in order.Lines.GroupBy(l => l.ItemCode))
            {
                var model = byModel.Key;
                var quota = db.AllocationQuotas.FirstOrDefault(q => q.DealerId == order.DealerId && q.ModelCode == model && q.PeriodStart <= day && q.PeriodEnd >= day);
                if (quota is null)
                {
                    withoutQuota += byModel.Count();
                    continue;
                }

                var used = db.Orders
                    .Where(o => o.DealerId == order.DealerId && o.Id != order.Id && o.Type == OrderType.Vehicle && Consuming.Contains(o.Status)
                        && o.OrderDate >= quota.PeriodStart && o.OrderDate <= quota.PeriodEnd)
                    .SelectMany(o => o.Lines)
                    .Where(l => l.ItemCode == model)
                    .Sum(l => (int?)l.Quantity) ?? 0;
                if (byModel.Sum(l => l.Quantity) > quota.Quantity - used)
                {
                    withoutAllocation += byModel.Count();
                }
            }
        }

        var since = now.AddDays(-90);
        var history = db.Orders
            .Where(o => o.DealerId == order.DealerId && o.Id != order.Id && o.Type == order.Type && History.Contains(o.Status) && o.SubmittedAt >= since)
            .Select(o => new { o.TotalMinor, o.TotalQuantity })
            .ToList();
        var highestLimit = db.ApprovalAuthorities.Where(a => a.OrderType == order.Type).Max(a => (long?)a.MaxAmountMinor) ?? 0;
        var dealerActive = db.Dealers.Where(d => d.Id == order.DealerId).Select(d => d.Active).Single();

        return new OrderFacts
        {
            OrderType = OrderViews.TypeName(order.Type),
            TotalAmount = OrderViews.Money(order.TotalMinor),
            TotalQuantity = order.TotalQuantity,
            LineCount = order.Lines.Count,
            LinesWithoutValidPrice = order.Lines.Count(l => l.UnitPriceMinor is null),
            LinesBelowMinimumQuantity = order.Type == OrderType.Parts ? order.Lines.Count(l => l.Quantity < l.MinOrderQuantity) : 0,
            LinesAboveDiscountLimit = order.Lines.Count(l => l.DiscountPercent > l.MaxDiscountPercent),
            LinesWithoutAllocation = withoutAllocation,
            LinesWithoutQuota = withoutQuota,
            HistoryOrderCount = history.Count,
            TrailingAverageAmount = history.Count == 0 ? 0 : Math.Round(OrderViews.Money(history.Sum(h => h.TotalMinor)) / history.Count, 2),
            TrailingAverageQuantity = history.Count == 0 ? 0 : Math.Round((decimal)history.Sum(h => h.TotalQuantity) / history.Count, 2),
            DealerActive = dealerActive,
            HighestApprovalLimit = OrderViews.Money(highestLimit),
        };
    }
}
