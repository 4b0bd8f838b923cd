using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WorkflowDms.Domain.Dealers;
using WorkflowDms.Domain.Recalls;
using WorkflowDms.Domain.Vehicles;

namespace WorkflowDms.Persistence.Configurations;

internal sealed class RecallClaimConfiguration : IEntityTypeConfiguration<RecallClaim>
{
    public void Configure(EntityTypeBuilder<RecallClaim> builder)
    {
        builder.ToTable("RecallClaims");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Number).HasMaxLength(ColumnLengths.Code);
        builder.Property(c => c.CampaignNumber).HasMaxLength(ColumnLengths.Code);
        builder.Property(c => c.Vin).HasMaxLength(VinValidator.Length).IsFixedLength();
        builder.Property(c => c.DealerCode).HasMaxLength(ColumnLengths.Code);
        builder.Property(c => c.OrgPath).HasMaxLength(ColumnLengths.Path);
        builder.Property(c => c.RepairOrderNumber).HasMaxLength(64);
        builder.Property(c => c.Currency).HasMaxLength(3).IsFixedLength();
        builder.Property(c => c.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(c => c.DecisionReasonCode).HasMaxLength(ColumnLengths.Reason);
        builder.Property(c => c.DecisionComment).HasMaxLength(ColumnLengths.Comment);
        builder.HasOne<RecallCampaign>().WithMany().HasForeignKey(c => c.CampaignId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<CampaignVehicle>().WithMany().HasForeignKey(c => c.CampaignVehicleId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Dealer>().WithMany().HasForeignKey(c => c.DealerId).OnDelete(DeleteBehavior.Restrict);

        builder.HasIndex(c => c.Number).IsUnique();
        builder.HasIndex(c => new { c.OrgPath, c.SubmittedAt });
        builder.HasIndex(c => new { c.CampaignId, c.Vin });
    }
}
