using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WorkflowDms.Domain.RuleSets;

namespace WorkflowDms.Persistence.Configurations.RuleSets;

internal sealed class RuleSetDraftConfiguration : IEntityTypeConfiguration<RuleSetDraft>
{
    public void Configure(EntityTypeBuilder<RuleSetDraft> builder)
    {
        builder.ToTable("RuleSetDrafts");
        builder.HasKey(d => d.Name);
        builder.Property(d => d.Name).HasMaxLength(ColumnLengths.Name);
        builder.Property(d => d.UpdatedBy).HasMaxLength(ColumnLengths.Name);
        builder.Property(d => d.Etag).HasMaxLength(ColumnLengths.Hash);
    }
}
