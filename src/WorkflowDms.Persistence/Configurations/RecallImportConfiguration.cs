using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WorkflowDms.Domain.Recalls;

namespace WorkflowDms.Persistence.Configurations;

internal sealed class RecallImportConfiguration : IEntityTypeConfiguration<RecallImport>
{
    public void Configure(EntityTypeBuilder<RecallImport> builder)
    {
        builder.ToTable("RecallImports");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Id).ValueGeneratedNever();
        builder.Property(i => i.OrgPath).HasMaxLength(ColumnLengths.Path);
        builder.Property(i => i.Format).HasMaxLength(8);
        builder.Property(i => i.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(i => i.CreatedBy).HasMaxLength(ColumnLengths.Name);
        builder.Property(i => i.Error).HasMaxLength(ColumnLengths.Comment);
        builder.Ignore(i => i.Lines);
        builder.Ignore(i => i.IsFinished);
        builder.HasOne<RecallCampaign>().WithMany().HasForeignKey(i => i.CampaignId).OnDelete(DeleteBehavior.Cascade);

        // Unfinished imports are resumed after a restart.
        builder.HasIndex(i => i.Status);
        builder.HasIndex(i => new { i.CampaignId, i.CreatedAt });
    }
}
