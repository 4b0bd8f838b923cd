using Microsoft.EntityFrameworkCore;
using WorkflowDms.Domain.Access;
using WorkflowDms.Domain.Integration;

namespace WorkflowDms.Persistence;

/// <summary>Access (role assignments, substitutions) and integration (webhooks, the job queue).</summary>
public sealed partial class WorkflowDmsDbContext
{
    public DbSet<RoleAssignment> RoleAssignments => Set<RoleAssignment>();

    public DbSet<Substitution> Substitutions => Set<Substitution>();

    public DbSet<WebhookSubscription> WebhookSubscriptions => Set<WebhookSubscription>();

    public DbSet<WebhookDelivery> WebhookDeliveries => Set<WebhookDelivery>();

    public DbSet<QueuedJob> QueuedJobs => Set<QueuedJob>();
}
