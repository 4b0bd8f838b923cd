using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WorkflowDms.Domain.Recalls;

namespace WorkflowDms.Persistence.Configurations;

internal sealed class RecallCampaignConfiguration : IEntityTypeConfiguration<RecallCampaign>
{
    public void Configure(EntityTypeBuilder<RecallCampaign> builder)
    {
        builder.ToTable("RecallCampaigns");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Number).HasMaxLength(ColumnLengths.Code);
        builder.Property(c => c.Title).HasMaxLength(ColumnLengths.Name);
        builder.Property(c => c.Type).HasConversion<string>().HasMaxLength(32);
        builder.Property(c => c.Status).HasConversion<string>().HasMaxLength(32);
        builder.Property(c => c.LaborOperationCode).HasMaxLength(ColumnLengths.Code);
        builder.Property(c => c.PartNumbers).HasMaxLength(ColumnLengths.Comment);
        builder.Property(c => c.OrgPath).HasMaxLength(ColumnLengths.Path);
        builder.Property(c => c.CreatedBy).HasMaxLength(ColumnLengths.Name);
        builder.Property(c => c.CloseReason).HasMaxLength(ColumnLengths.Comment);
        builder.Property(c => c.SupersededByNumber).HasMaxLength(ColumnLengths.Code);
        builder.Ignore(c => c.PermittedTriggers);
        builder.Ignore(c => c.RequiresStopSale);
        builder.Ignore(c => c.IsPublished);
        builder.Ignore(c => c.PartNumberList);
        builder.Ignore(c => c.AcceptsVehicles);
        builder.Ignore(c => c.IsClaimable);

        builder.HasIndex(c => c.Number).IsUnique();
        builder.HasIndex(c => new { c.Status, c.CreatedAt });
    }
}
