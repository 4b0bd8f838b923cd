using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WorkflowDms.Domain.Claims;

namespace WorkflowDms.Persistence.Configurations;

internal sealed class MaintenanceFeeConfiguration : IEntityTypeConfiguration<MaintenanceFee>
{
    public void Configure(EntityTypeBuilder<MaintenanceFee> builder)
    {
        builder.ToTable("MaintenanceFees");
        builder.HasKey(f => f.Id);
        builder.Property(f => f.Id).ValueGeneratedNever();
        builder.Property(f => f.ModelGroup).HasMaxLength(ColumnLengths.Code);
        builder.Property(f => f.Currency).HasMaxLength(3).IsFixedLength();
        builder.HasIndex(f => new { f.ModelGroup, f.Sequence }).IsUnique();
    }
}
