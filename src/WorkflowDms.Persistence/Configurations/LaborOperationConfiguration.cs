using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WorkflowDms.Domain.Catalog;

namespace WorkflowDms.Persistence.Configurations;

internal sealed class LaborOperationConfiguration : IEntityTypeConfiguration<LaborOperation>
{
    public void Configure(EntityTypeBuilder<LaborOperation> builder)
    {
        builder.ToTable("LaborOperations");
        builder.HasKey(o => o.Code);
        builder.Property(o => o.Code).HasMaxLength(ColumnLengths.Code);
        builder.Property(o => o.Description).HasMaxLength(ColumnLengths.Name);
        builder.Property(o => o.ModelGroups).HasMaxLength(ColumnLengths.Path);
    }
}
