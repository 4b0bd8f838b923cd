using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WorkflowDms.Domain.Auditing;

namespace WorkflowDms.Persistence.Configurations;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.ToTable("AuditEntries");

        // Assigned from the head, never by the database: an identity column would hide deleted rows.
        builder.HasKey(e => e.Sequence);
        builder.Property(e => e.Sequence).ValueGeneratedNever();
        builder.Property(e => e.ActorKind).HasMaxLength(16);
        builder.Property(e => e.Actor).HasMaxLength(ColumnLengths.UserId);
        builder.Property(e => e.Subject).HasMaxLength(ColumnLengths.Key);
        builder.Property(e => e.OrgPath).HasMaxLength(ColumnLengths.Path);
        builder.Property(e => e.PreviousHash).HasMaxLength(ColumnLengths.Hash);
        builder.Property(e => e.Hash).HasMaxLength(ColumnLengths.Hash);

        builder.HasIndex(e => e.Subject);
    }
}
