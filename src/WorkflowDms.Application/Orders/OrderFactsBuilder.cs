using WorkflowDms.Domain.Orders;
using WorkflowDms.Domain.Organisation;
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
        var lowestLimit = db.ApprovalAuthorities.Where(a => a.OrderType == order.Type).Min(a => (long?)a.MaxAmountMinor) ?? 0;
        var maxDocumentValue = db.CreditAccounts.Where(a => a.DealerId == order.DealerId).Select(a => (long?)a.MaxDocumentValueMinor).FirstOrDefault() ?? 0;
        var (submitterOutsideScope, submitterLimit) = Submitter(db, order);
        var averageAmount = history.Count == 0 ? 0 : OrderViews.Money(history.Sum(h => h.TotalMinor)) / history.Count;
        var averageQuantity = history.Count == 0 ? 0 : (decimal)history.Sum(h => h.TotalQuantity) / history.Count;
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
            LowestApprovalLimit = OrderViews.Money(lowestLimit),
            SubmitterApprovalLimit = OrderViews.Money(submitterLimit),
            SubmitterOutsideScope = submitterOutsideScope,
            MaxDocumentValue = OrderViews.Money(maxDocumentValue),
            TrailingStdDevAmount = StdDev(history.Select(h => OrderViews.Money(h.TotalMinor)).ToList(), averageAmount),
            TrailingStdDevQuantity = StdDev(history.Select(h => (decimal)h.TotalQuantity).ToList(), averageQuantity),
        };
    }

    /// <summary>Population standard deviation, rounded to 2 decimals (0 without values).</summary>
    private static decimal StdDev(IReadOnlyList<decimal> values, decimal mean) =>
        values.Count == 0 ? 0 : Math.Round((decimal)Math.Sqrt((double)(values.Sum(v => (v - mean) * (v - mean)) / values.Count)), 2);

    /// <summary>
    /// The submitter's scope (O-21) and the largest DoA limit they hold for the order (O-16): a row counts when the
    /// submitter is in its group, sits at its org level and sees the order (as the approval routing picks approvers).
    /// </summary>
    private static (bool OutsideScope, long LimitMinor) Submitter(WorkflowDmsDbContext db, Order order)
    {
        var user = order.SubmittedBy is null ? null : db.Users.Where(u => u.Id == order.SubmittedBy).Select(u => new { u.Id, u.OrgPath, u.OrgNodeId }).FirstOrDefault();
        if (user is null)
        {
            return (false, 0);
        }

        if (!order.OrgPath.StartsWith(user.OrgPath, StringComparison.Ordinal))
        {
            return (true, 0);
        }

        var kind = db.OrgNodes.Where(n => n.Id == user.OrgNodeId).Select(n => (OrgNodeKind?)n.Kind).FirstOrDefault();
        var groups = (from userRole in db.UserRoles
                      join role in db.Roles on userRole.RoleId equals role.Id
                      where userRole.UserId == user.Id
                      select role.Name).ToList();
        var limit = db.ApprovalAuthorities.Where(a => a.OrderType == order.Type).ToList()
            .Where(a => kind == a.OrgLevel && groups.Contains(a.Group))
            .Select(a => a.MaxAmountMinor)
            .DefaultIfEmpty(0)
            .Max();
        return (false, limit);
    }
}
