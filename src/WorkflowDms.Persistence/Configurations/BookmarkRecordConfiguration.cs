using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WorkflowDms.Domain.Workflows;

namespace WorkflowDms.Persistence.Configurations;

internal sealed class BookmarkRecordConfiguration : IEntityTypeConfiguration<BookmarkRecord>
{
    public void Configure(EntityTypeBuilder<BookmarkRecord> builder)
    {
        builder.ToTable("Bookmarks");
        builder.HasKey(b => b.Id);
        builder.Property(b => b.Id).ValueGeneratedNever();
        builder.Property(b => b.Kind).HasMaxLength(16);
        builder.Property(b => b.Key).HasMaxLength(ColumnLengths.Key);
        builder.Property(b => b.BookmarkId).HasMaxLength(ColumnLengths.Key);
        builder.Property(b => b.ElementId).HasMaxLength(ColumnLengths.Name);
        builder.Property(b => b.MessageName).HasMaxLength(ColumnLengths.Name);
        builder.Property(b => b.CorrelationKey).HasMaxLength(ColumnLengths.Key);

        builder.HasIndex(b => new { b.Kind, b.Key }).IsUnique();

        // Timer polling: WHERE Kind = 'Timer' AND DueAt <= now ORDER BY DueAt.
        builder.HasIndex(b => new { b.Kind, b.DueAt });
        builder.HasIndex(b => b.InstanceId);
        builder.HasOne<WorkflowInstanceRecord>().WithMany().HasForeignKey(b => b.InstanceId).OnDelete(DeleteBehavior.Cascade);
    }
}
