using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WorkflowDms.Domain.Recalls;

namespace WorkflowDms.Persistence.Configurations;

internal sealed class RecallImportRejectionConfiguration : IEntityTypeConfiguration<RecallImportRejection>
{
    public void Configure(EntityTypeBuilder<RecallImportRejection> builder)
    {
        builder.ToTable("RecallImportRejections");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Value).HasMaxLength(64);
        builder.Property(r => r.Reason).HasMaxLength(ColumnLengths.Name);
        builder.HasOne<RecallImport>().WithMany().HasForeignKey(r => r.ImportId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => new { r.ImportId, r.LineNumber });
    }
}
