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

        // Rows deployed before the designer existed came from the shipped files, by the system.
        builder.Property(d => d.PublishedBy).HasMaxLength(ColumnLengths.Name).HasDefaultValue(ProcessDefinitionRecord.SystemPublisher);
        builder.Property(d => d.Source).HasConversion<string>().HasMaxLength(16).HasDefaultValue(DefinitionSource.File);
        builder.Property(d => d.Comment).HasMaxLength(ColumnLengths.Comment);

        builder.HasIndex(d => new { d.ProcessId, d.Version }).IsUnique();
    }
}
