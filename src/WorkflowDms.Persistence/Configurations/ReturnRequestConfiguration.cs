using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WorkflowDms.Domain.Dealers;
using WorkflowDms.Domain.Returns;

namespace WorkflowDms.Persistence.Configurations;

internal sealed class ReturnRequestConfiguration : IEntityTypeConfiguration<ReturnRequest>
{
    public void Configure(EntityTypeBuilder<ReturnRequest> builder)
    {
        builder.ToTable("ReturnRequests");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Number).HasMaxLength(ColumnLengths.Code);
        builder.Property(r => r.DealerCode).HasMaxLength(ColumnLengths.Code);
        builder.Property(r => r.OrgPath).HasMaxLength(ColumnLengths.Path);
        builder.Property(r => r.Reason).HasMaxLength(ColumnLengths.Code);
        builder.Property(r => r.Comment).HasMaxLength(ColumnLengths.Comment);
        builder.Property(r => r.Currency).HasMaxLength(3).IsFixedLength();
        builder.Property(r => r.RmaNumber).HasMaxLength(ColumnLengths.Code);
        builder.Property(r => r.ReturnOrderNumber).HasMaxLength(ColumnLengths.Code);
        builder.Property(r => r.CreditNoteNumber).HasMaxLength(ColumnLengths.Code);
        builder.Property(r => r.Carrier).HasMaxLength(60);
        builder.Property(r => r.TrackingNumber).HasMaxLength(60);
        builder.Property(r => r.StockLocation).HasMaxLength(ColumnLengths.Code);
        builder.Property(r => r.DecisionReasonCode).HasMaxLength(ColumnLengths.Reason);
        builder.Property(r => r.DecisionComment).HasMaxLength(ColumnLengths.Comment);
        builder.Ignore(r => r.PermittedTriggers);
        builder.Ignore(r => r.PartialAcceptanceRecorded);

        builder.HasMany(r => r.Lines).WithOne().HasForeignKey(l => l.ReturnId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(r => r.Lines).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasOne<Dealer>().WithMany().HasForeignKey(r => r.DealerId).OnDelete(DeleteBehavior.Restrict);

        builder.HasIndex(r => r.Number).IsUnique();

        // Scoped lists: "returns in my subtree, newest first" is a prefix range on OrgPath, ordered by time.
        builder.HasIndex(r => new { r.OrgPath, r.RequestedAt });

        // Quota and return-rate facts: a dealer's returns of the last 12 months.
        builder.HasIndex(r => new { r.DealerId, r.RequestedAt });
    }
}
