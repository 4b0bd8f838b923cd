using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WorkflowDms.Domain.Workflows;

namespace WorkflowDms.Persistence.Configurations;

internal sealed class WorkflowDraftConfiguration : IEntityTypeConfiguration<WorkflowDraft>
{
    public void Configure(EntityTypeBuilder<WorkflowDraft> builder)
    {
        builder.ToTable("WorkflowDrafts");
        builder.HasKey(d => d.ProcessId);
        builder.Property(d => d.ProcessId).HasMaxLength(ColumnLengths.Name);
        builder.Property(d => d.UpdatedBy).HasMaxLength(ColumnLengths.Name);
        builder.Property(d => d.Etag).HasMaxLength(ColumnLengths.Code);
    }
}
