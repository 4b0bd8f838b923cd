using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WorkflowDms.Domain.Forms;

namespace WorkflowDms.Persistence.Configurations;

internal sealed class FormDefinitionRecordConfiguration : IEntityTypeConfiguration<FormDefinitionRecord>
{
    public void Configure(EntityTypeBuilder<FormDefinitionRecord> builder)
    {
        builder.ToTable("FormDefinitions");
        builder.HasKey(f => f.Id);
        builder.Property(f => f.Id).ValueGeneratedNever();
        builder.Property(f => f.FormKey).HasMaxLength(ColumnLengths.Name);
        builder.Property(f => f.Sha256).HasMaxLength(ColumnLengths.Hash);
        builder.Property(f => f.PublishedBy).HasMaxLength(ColumnLengths.Name);
        builder.Property(f => f.Source).HasConversion<string>().HasMaxLength(16);
        builder.Property(f => f.Comment).HasMaxLength(ColumnLengths.Comment);

        builder.HasIndex(f => new { f.FormKey, f.Version }).IsUnique();
    }
}
