using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WorkflowDms.Domain.Events;

namespace WorkflowDms.Persistence.Configurations;

internal sealed class CaseEventConfiguration : IEntityTypeConfiguration<CaseEvent>
{
    public void Configure(EntityTypeBuilder<CaseEvent> builder)
    {
        builder.HasKey(e => e.Id);
        builder.Property(e => e.CaseType).HasMaxLength(40).IsRequired();
        builder.Property(e => e.CaseNumber).HasMaxLength(64).IsRequired();
        builder.Property(e => e.OrgPath).HasMaxLength(ColumnLengths.Path).IsRequired();
        builder.Property(e => e.EventType).HasMaxLength(40).IsRequired();
        builder.Property(e => e.Status).HasMaxLength(40).IsRequired();
        builder.Property(e => e.DataJson).IsRequired();

        // A case's history, and a dealer's events in order (webhook fan-out, exports by period).
        builder.HasIndex(e => new { e.CaseType, e.CaseId });
        builder.HasIndex(e => new { e.DealerId, e.Id });
        builder.HasIndex(e => e.OccurredAt);
    }
}
