using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WorkflowDms.Domain.Workflows;

namespace WorkflowDms.Persistence.Configurations;

internal sealed class ProcessDefinitionRecordConfiguration : IEntityTypeConfiguration<ProcessDefinitionRecord>
{
    public void Configure(EntityTypeBuilder<ProcessDefinitionRecord> builder)
    {
        builder.ToTable("ProcessDefinitions");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.Property(d => d.ProcessId).HasMaxLength(ColumnLengths.Name);
        builder.Property(d => d.Sha256).HasMaxLength(ColumnLengths.Hash);

        builder.HasIndex(d => new { d.ProcessId, d.Version }).IsUnique();
    }
}
