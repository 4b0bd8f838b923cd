using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WorkflowDms.Domain.Catalog;

namespace WorkflowDms.Persistence.Configurations;

internal sealed class PartConfiguration : IEntityTypeConfiguration<Part>
{
    public void Configure(EntityTypeBuilder<Part> builder)
    {
        builder.ToTable("Parts");
        builder.HasKey(p => p.PartNumber);
        builder.Property(p => p.PartNumber).HasMaxLength(ColumnLengths.Code);
        builder.Property(p => p.Description).HasMaxLength(ColumnLengths.Name);
    }
}
