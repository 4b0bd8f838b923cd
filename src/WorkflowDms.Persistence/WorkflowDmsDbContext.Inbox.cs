using Microsoft.EntityFrameworkCore;
using WorkflowDms.Domain.Inbox;

namespace WorkflowDms.Persistence;

/// <summary>The inbox's own tables: saved filters, task comments, and the instances' path history.</summary>
public sealed partial class WorkflowDmsDbContext
{
    public DbSet<SavedTaskFilter> SavedTaskFilters => Set<SavedTaskFilter>();

    public DbSet<TaskComment> TaskComments => Set<TaskComment>();

    public DbSet<InstanceHistoryStep> InstanceHistory => Set<InstanceHistoryStep>();
}
