using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WorkflowDms.Domain.Workflows;

namespace WorkflowDms.Persistence.Configurations;

internal sealed class WorkflowInstanceRecordConfiguration : IEntityTypeConfiguration<WorkflowInstanceRecord>
{
    public void Configure(EntityTypeBuilder<WorkflowInstanceRecord> builder)
    {
        builder.ToTable("WorkflowInstances");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Id).ValueGeneratedNever();
        builder.Property(i => i.ProcessId).HasMaxLength(ColumnLengths.Name);
        builder.Property(i => i.BusinessKey).HasMaxLength(ColumnLengths.Key);
        builder.Property(i => i.Status).HasMaxLength(ColumnLengths.Code);

        builder.HasIndex(i => new { i.ProcessId, i.DefinitionVersion, i.Status });
        builder.HasIndex(i => i.BusinessKey);
    }
}
