using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WorkflowDms.Domain.Forms;

namespace WorkflowDms.Persistence.Configurations;

internal sealed class FormDraftConfiguration : IEntityTypeConfiguration<FormDraft>
{
    public void Configure(EntityTypeBuilder<FormDraft> builder)
    {
        builder.ToTable("FormDrafts");
        builder.HasKey(d => d.FormKey);
        builder.Property(d => d.FormKey).HasMaxLength(ColumnLengths.Name);
        builder.Property(d => d.UpdatedBy).HasMaxLength(ColumnLengths.Name);
        builder.Property(d => d.Etag).HasMaxLength(ColumnLengths.Code);
    }
}
