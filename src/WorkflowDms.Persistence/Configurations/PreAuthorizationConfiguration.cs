using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WorkflowDms.Domain.Claims;
using WorkflowDms.Domain.Dealers;
using WorkflowDms.Domain.Vehicles;

namespace WorkflowDms.Persistence.Configurations;

internal sealed class PreAuthorizationConfiguration : IEntityTypeConfiguration<PreAuthorization>
{
    public void Configure(EntityTypeBuilder<PreAuthorization> builder)
    {
        builder.ToTable("PreAuthorizations");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.Number).HasMaxLength(ColumnLengths.Code);
        builder.Property(p => p.DealerCode).HasMaxLength(ColumnLengths.Code);
        builder.Property(p => p.OrgPath).HasMaxLength(ColumnLengths.Path);
        builder.Property(p => p.Vin).HasMaxLength(VinValidator.Length).IsFixedLength();
        builder.Property(p => p.FaultCode).HasMaxLength(ColumnLengths.Code);
        builder.Property(p => p.Description).HasMaxLength(ColumnLengths.Comment);
        builder.Property(p => p.PlannedLinesJson).HasMaxLength(20_000);
        builder.Property(p => p.Currency).HasMaxLength(3).IsFixedLength();
        builder.Property(p => p.DecisionReasonCode).HasMaxLength(ColumnLengths.Reason);
        builder.Property(p => p.DecisionComment).HasMaxLength(ColumnLengths.Comment);
        builder.Property(p => p.DecidedBy).HasMaxLength(ColumnLengths.Code * 4);
        builder.HasOne<Dealer>().WithMany().HasForeignKey(p => p.DealerId).OnDelete(DeleteBehavior.Restrict);

        // Claims quote the number; lists are scoped by org path.
        builder.HasIndex(p => p.Number).IsUnique();
        builder.HasIndex(p => new { p.OrgPath, p.RequestedAt });
    }
}
