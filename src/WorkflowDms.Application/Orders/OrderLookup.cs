using Microsoft.EntityFrameworkCore;
using WorkflowDms.Domain.Orders;
using WorkflowDms.Persistence;

namespace WorkflowDms.Application.Orders;

/// <summary>Finds an order inside the running command: tracked first, then in the database.</summary>
internal static class OrderLookup
{
    public static Order Find(WorkflowDmsDbContext db, Guid orderId) =>
        db.Orders.Local.FirstOrDefault(o => o.Id == orderId)
        ?? db.Orders.Include(o => o.Lines).Single(o => o.Id == orderId);
}
