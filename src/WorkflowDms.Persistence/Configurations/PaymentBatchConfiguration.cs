using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WorkflowDms.Domain.Dealers;
using WorkflowDms.Domain.Settlement;

namespace WorkflowDms.Persistence.Configurations;

internal sealed class PaymentBatchConfiguration : IEntityTypeConfiguration<PaymentBatch>
{
    public void Configure(EntityTypeBuilder<PaymentBatch> builder)
    {
        builder.ToTable("PaymentBatches");
        builder.HasKey(b => b.Id);
        builder.Property(b => b.Id).ValueGeneratedNever();
        builder.Property(b => b.Number).HasMaxLength(ColumnLengths.Code * 2);
        builder.Property(b => b.DealerCode).HasMaxLength(ColumnLengths.Code);
        builder.Property(b => b.OrgPath).HasMaxLength(ColumnLengths.Path);
        builder.Property(b => b.Period).HasMaxLength(7).IsFixedLength();
        builder.Property(b => b.Currency).HasMaxLength(3).IsFixedLength();
        builder.Property(b => b.CreditNoteReference).HasMaxLength(ColumnLengths.Code * 4);
        builder.Property(b => b.CreatedBy).HasMaxLength(ColumnLengths.Code * 4);
        builder.HasOne<Dealer>().WithMany().HasForeignKey(b => b.DealerId).OnDelete(DeleteBehavior.Restrict);

        // One batch per dealer and period.
        builder.HasIndex(b => b.Number).IsUnique();
        builder.HasIndex(b => new { b.DealerId, b.Period }).IsUnique();
        builder.HasIndex(b => new { b.OrgPath, b.CreatedAt });
    }
}
