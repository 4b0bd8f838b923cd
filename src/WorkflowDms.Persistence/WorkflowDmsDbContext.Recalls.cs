using Microsoft.EntityFrameworkCore;
using WorkflowDms.Domain.Recalls;

namespace WorkflowDms.Persistence;

/// <summary>Recall campaigns, their affected vehicles, VIN-list imports and recall repair claims.</summary>
public sealed partial class WorkflowDmsDbContext
{
    public DbSet<RecallCampaign> RecallCampaigns => Set<RecallCampaign>();

    public DbSet<CampaignVehicle> CampaignVehicles => Set<CampaignVehicle>();

    public DbSet<RecallImport> RecallImports => Set<RecallImport>();

    public DbSet<RecallImportRejection> RecallImportRejections => Set<RecallImportRejection>();

    public DbSet<RecallClaim> RecallClaims => Set<RecallClaim>();
}
