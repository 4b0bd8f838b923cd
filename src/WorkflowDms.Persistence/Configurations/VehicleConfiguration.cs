using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WorkflowDms.Domain.Vehicles;

namespace WorkflowDms.Persistence.Configurations;

internal sealed class VehicleConfiguration : IEntityTypeConfiguration<Vehicle>
{
    public void Configure(EntityTypeBuilder<Vehicle> builder)
    {
        builder.ToTable("Vehicles");
        builder.HasKey(v => v.Id);
        builder.Property(v => v.Id).ValueGeneratedNever();
        builder.Property(v => v.Vin).HasMaxLength(VinValidator.Length).IsFixedLength();
        builder.Property(v => v.ModelGroup).HasMaxLength(ColumnLengths.Code);
        builder.Ignore(v => v.CoverageEndsOn);

        builder.HasIndex(v => v.Vin).IsUnique();
    }
}
