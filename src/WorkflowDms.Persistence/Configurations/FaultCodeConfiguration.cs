using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WorkflowDms.Domain.Catalog;

namespace WorkflowDms.Persistence.Configurations;

internal sealed class FaultCodeConfiguration : IEntityTypeConfiguration<FaultCode>
{
    public void Configure(EntityTypeBuilder<FaultCode> builder)
    {
        builder.ToTable("FaultCodes");
        builder.HasKey(f => f.Code);
        builder.Property(f => f.Code).HasMaxLength(ColumnLengths.Code);
        builder.Property(f => f.Description).HasMaxLength(ColumnLengths.Name);
    }
}
