using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WorkflowDms.Domain.RuleSets;

namespace WorkflowDms.Persistence.Configurations.RuleSets;

internal sealed class RuleSetVersionRecordConfiguration : IEntityTypeConfiguration<RuleSetVersionRecord>
{
    public void Configure(EntityTypeBuilder<RuleSetVersionRecord> builder)
    {
        builder.ToTable("RuleSetVersions");
        builder.HasKey(v => v.Id);
        builder.Property(v => v.Id).ValueGeneratedNever();
        builder.Property(v => v.Name).HasMaxLength(ColumnLengths.Name);
        builder.Property(v => v.Sha256).HasMaxLength(ColumnLengths.Hash);
        builder.Property(v => v.Source).HasMaxLength(ColumnLengths.Code);
        builder.Property(v => v.PublishedBy).HasMaxLength(ColumnLengths.Name);
        builder.Property(v => v.Comment).HasMaxLength(ColumnLengths.Comment);

        // Latest version of a rule set, and "latest version that came from its file", both by this index.
        builder.HasIndex(v => new { v.Name, v.Version }).IsUnique();
    }
}
