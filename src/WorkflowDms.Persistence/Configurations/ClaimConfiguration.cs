using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WorkflowDms.Domain.Claims;
using WorkflowDms.Domain.Dealers;
using WorkflowDms.Domain.Vehicles;

namespace WorkflowDms.Persistence.Configurations;

internal sealed class ClaimConfiguration : IEntityTypeConfiguration<Claim>
{
    public void Configure(EntityTypeBuilder<Claim> builder)
    {
        builder.ToTable("Claims");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Number).HasMaxLength(ColumnLengths.Code);
        builder.Property(c => c.DealerCode).HasMaxLength(ColumnLengths.Code);
        builder.Property(c => c.OrgPath).HasMaxLength(ColumnLengths.Path);
        builder.Property(c => c.DealerClaimNumber).HasMaxLength(64);
        builder.Property(c => c.Vin).HasMaxLength(VinValidator.Length).IsFixedLength();
        builder.Property(c => c.RepairOrderNumber).HasMaxLength(64);
        builder.Property(c => c.FaultCode).HasMaxLength(ColumnLengths.Code);
        builder.Property(c => c.CausalPartNumber).HasMaxLength(ColumnLengths.Code);
        builder.Property(c => c.PreAuthorizationNumber).HasMaxLength(64);
        builder.Property(c => c.Currency).HasMaxLength(3).IsFixedLength();
        builder.Property(c => c.ClaimType).HasMaxLength(ColumnLengths.Code);
        builder.Property(c => c.AppealReason).HasMaxLength(ColumnLengths.Comment);
        builder.Property(c => c.DecisionReasonCode).HasMaxLength(ColumnLengths.Reason);
        builder.Property(c => c.DecisionComment).HasMaxLength(ColumnLengths.Comment);
        builder.Ignore(c => c.PermittedTriggers);

        builder.HasMany(c => c.Lines).WithOne().HasForeignKey(l => l.ClaimId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(c => c.Lines).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasOne<Dealer>().WithMany().HasForeignKey(c => c.DealerId).OnDelete(DeleteBehavior.Restrict);

        builder.HasIndex(c => c.Number).IsUnique();

        // Scoped lists: "claims in my subtree, newest first" is a prefix range on OrgPath, ordered by time.
        builder.HasIndex(c => new { c.OrgPath, c.SubmittedAt });

        // Duplicate-repair-order rule (infodms UntreadRule05) and the dealer's idempotent resubmission key.
        builder.HasIndex(c => new { c.DealerId, c.RepairOrderNumber });
        builder.HasIndex(c => new { c.DealerId, c.DealerClaimNumber }).IsUnique();

        // Vehicle history facts (mileage before/after this repair).
        builder.HasIndex(c => new { c.Vin, c.RepairDate });

        // Pre-authorisation reuse (W-27) and settlement (claims approved for payment per dealer).
        builder.HasIndex(c => c.PreAuthorizationNumber);
        builder.HasIndex(c => new { c.DealerId, c.Status });
    }
}
