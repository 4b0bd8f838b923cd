using Microsoft.EntityFrameworkCore;
using WorkflowDms.Domain.Claims;
using WorkflowDms.Domain.Settlement;

namespace WorkflowDms.Persistence;

/// <summary>Warranty in full: pre-authorisations, the free-maintenance fee table and settlement batches.</summary>
public sealed partial class WorkflowDmsDbContext
{
    public DbSet<PreAuthorization> PreAuthorizations => Set<PreAuthorization>();

    public DbSet<MaintenanceFee> MaintenanceFees => Set<MaintenanceFee>();

    public DbSet<PaymentBatch> PaymentBatches => Set<PaymentBatch>();
}
