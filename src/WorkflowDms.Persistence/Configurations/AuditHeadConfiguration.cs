using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WorkflowDms.Domain.Auditing;

namespace WorkflowDms.Persistence.Configurations;

internal sealed class AuditHeadConfiguration : IEntityTypeConfiguration<AuditHead>
{
    public void Configure(EntityTypeBuilder<AuditHead> builder)
    {
        builder.ToTable("AuditHeads");
        builder.HasKey(h => h.Id);
        builder.Property(h => h.Id).ValueGeneratedNever();
        builder.Property(h => h.LastHash).HasMaxLength(ColumnLengths.Hash);

        // The single head row exists from the first migration, so appenders only ever update it.
        builder.HasData(new
        {
            Id = AuditHead.SingletonId,
            LastSequence = 0L,
            LastHash = AuditHead.GenesisHash,
            Version = 0,
        });
    }
}
