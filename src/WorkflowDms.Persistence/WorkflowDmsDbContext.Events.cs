using Microsoft.EntityFrameworkCore;
using WorkflowDms.Domain.Events;

namespace WorkflowDms.Persistence;

/// <summary>The case-event outbox.</summary>
public sealed partial class WorkflowDmsDbContext
{
    public DbSet<CaseEvent> CaseEvents => Set<CaseEvent>();
}
