using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using WorkflowDms.Domain;
using WorkflowDms.Domain.Auditing;
using WorkflowDms.Domain.Catalog;
using WorkflowDms.Domain.Claims;
using WorkflowDms.Domain.Dealers;
using WorkflowDms.Domain.Idempotency;
using WorkflowDms.Domain.Organisation;
using WorkflowDms.Domain.Tasks;
using WorkflowDms.Domain.Vehicles;
using WorkflowDms.Domain.Workflows;
using WorkflowDms.Persistence.Conventions;
using WorkflowDms.Persistence.Identity;

namespace WorkflowDms.Persistence;

/// <summary>
/// The one unit of work of WorkflowDms (no repositories on top). The model is provider-neutral: UTC
/// <see cref="DateTime"/>s, money as <see cref="long"/> minor units, enums as strings, and an
/// <see cref="IVersioned.Version"/> counter as the concurrency token that this context increments on save.
/// </summary>
/// <remarks>
/// Migrations live per provider. To add a SQLite migration from the repository root:
/// <code>
/// dotnet ef migrations add &lt;Name&gt; --project src/WorkflowDms.Persistence.Sqlite --startup-project src/WorkflowDms.Persistence.Sqlite --context WorkflowDmsDbContext --output-dir Migrations
/// </code>
/// The startup project's <c>WorkflowDmsDesignTimeDbContextFactory</c> supplies the options, so no host
/// is needed. The tool: <c>dotnet tool install --global dotnet-ef --version 10.0.11</c> (10.0.5 is not
/// on the feed; a 10.0.x tool drives the project's own 10.0.5 design assembly).
/// </remarks>
public sealed partial class WorkflowDmsDbContext(DbContextOptions<WorkflowDmsDbContext> options) : IdentityDbContext<AppUser>(options)
{
    public DbSet<OrgNode> OrgNodes => Set<OrgNode>();

    public DbSet<Dealer> Dealers => Set<Dealer>();

    public DbSet<ApiKey> ApiKeys => Set<ApiKey>();

    public DbSet<Vehicle> Vehicles => Set<Vehicle>();

    public DbSet<LaborOperation> LaborOperations => Set<LaborOperation>();

    public DbSet<Part> Parts => Set<Part>();

    public DbSet<FaultCode> FaultCodes => Set<FaultCode>();

    public DbSet<Claim> Claims => Set<Claim>();

    public DbSet<ClaimLine> ClaimLines => Set<ClaimLine>();

    public DbSet<WorkTask> WorkTasks => Set<WorkTask>();

    public DbSet<WorkTaskCandidate> WorkTaskCandidates => Set<WorkTaskCandidate>();

    public DbSet<WorkflowInstanceRecord> WorkflowInstances => Set<WorkflowInstanceRecord>();

    public DbSet<BookmarkRecord> Bookmarks => Set<BookmarkRecord>();

    public DbSet<ProcessDefinitionRecord> ProcessDefinitions => Set<ProcessDefinitionRecord>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<AuditHead> AuditHeads => Set<AuditHead>();

    public DbSet<IdempotencyRecord> IdempotencyRecords => Set<IdempotencyRecord>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(WorkflowDmsDbContext).Assembly);

        foreach (var entity in builder.Model.GetEntityTypes().Where(e => typeof(IVersioned).IsAssignableFrom(e.ClrType)))
        {
            builder.Entity(entity.ClrType).Property(nameof(IVersioned.Version)).IsConcurrencyToken();
        }
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<UtcDateTimeConverter>();

        // Enums as their names: readable in SQL, and reordering members cannot corrupt stored rows.
        configurationBuilder.Properties<OrgNodeKind>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<ClaimStatus>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<ClaimLineType>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<ClaimLineDisposition>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<WorkTaskStatus>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<AuditAction>().HaveConversion<string>().HaveMaxLength(64);
    }
}
