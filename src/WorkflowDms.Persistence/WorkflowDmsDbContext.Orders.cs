using Microsoft.EntityFrameworkCore;
using WorkflowDms.Domain.Orders;

namespace WorkflowDms.Persistence;

/// <summary>Vehicle and parts orders, the price list, allocation quotas and the delegation-of-authority matrix.</summary>
public sealed partial class WorkflowDmsDbContext
{
    public DbSet<Order> Orders => Set<Order>();

    public DbSet<PriceListEntry> PriceListEntries => Set<PriceListEntry>();

    public DbSet<AllocationQuota> AllocationQuotas => Set<AllocationQuota>();

    public DbSet<ApprovalAuthority> ApprovalAuthorities => Set<ApprovalAuthority>();
}
