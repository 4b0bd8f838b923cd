using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WorkflowDms.Domain.Recalls;
using WorkflowDms.Domain.Vehicles;

namespace WorkflowDms.Persistence.Configurations;

internal sealed class CampaignVehicleConfiguration : IEntityTypeConfiguration<CampaignVehicle>
{
    public void Configure(EntityTypeBuilder<CampaignVehicle> builder)
    {
        builder.ToTable("CampaignVehicles");
        builder.HasKey(v => v.Id);
        builder.Property(v => v.Id).ValueGeneratedNever();
        builder.Property(v => v.Vin).HasMaxLength(VinValidator.Length).IsFixedLength();
        builder.Property(v => v.OrgPath).HasMaxLength(ColumnLengths.Path);
        builder.Property(v => v.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(v => v.DispositionReason).HasMaxLength(ColumnLengths.Comment);
        builder.HasOne<RecallCampaign>().WithMany().HasForeignKey(v => v.CampaignId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Vehicle>().WithMany().HasForeignKey(v => v.VehicleId).OnDelete(DeleteBehavior.Restrict);

        // A VIN is in a campaign once; the import skips duplicates against this key.
        builder.HasIndex(v => new { v.CampaignId, v.Vin }).IsUnique();

        // The dealer's open-campaign list: a prefix range on OrgPath, keyset-ordered by VIN.
        builder.HasIndex(v => new { v.Status, v.OrgPath, v.Vin });

        // Service advisor lookup by VIN.
        builder.HasIndex(v => v.Vin);
    }
}
