using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WorkflowDms.Domain.Returns;

namespace WorkflowDms.Persistence.Configurations;

internal sealed class ReturnLineConfiguration : IEntityTypeConfiguration<ReturnLine>
{
    public void Configure(EntityTypeBuilder<ReturnLine> builder)
    {
        builder.ToTable("ReturnLines");
        builder.HasKey(l => l.Id);
        builder.Property(l => l.Id).ValueGeneratedNever();
        builder.Property(l => l.PartNumber).HasMaxLength(ColumnLengths.Code);
        builder.Property(l => l.PurchaseReference).HasMaxLength(64);
        builder.Ignore(l => l.AcceptedAmountMinor);

        builder.HasIndex(l => new { l.ReturnId, l.LineNumber }).IsUnique();
    }
}
