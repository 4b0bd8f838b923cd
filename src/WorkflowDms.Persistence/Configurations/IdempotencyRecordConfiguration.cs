using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WorkflowDms.Domain.Idempotency;

namespace WorkflowDms.Persistence.Configurations;

internal sealed class IdempotencyRecordConfiguration : IEntityTypeConfiguration<IdempotencyRecord>
{
    public void Configure(EntityTypeBuilder<IdempotencyRecord> builder)
    {
        builder.ToTable("IdempotencyRecords");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Key).HasMaxLength(ColumnLengths.Key);
        builder.Property(r => r.RequestHash).HasMaxLength(ColumnLengths.Hash);

        // A concurrent retry with the same key loses on this index instead of creating a second claim.
        builder.HasIndex(r => new { r.DealerId, r.Key }).IsUnique();
        builder.HasIndex(r => r.CreatedAt);
    }
}
