using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WorkflowDms.Domain.Claims;

namespace WorkflowDms.Persistence.Configurations;

internal sealed class ClaimLineConfiguration : IEntityTypeConfiguration<ClaimLine>
{
    public void Configure(EntityTypeBuilder<ClaimLine> builder)
    {
        builder.ToTable("ClaimLines");
        builder.HasKey(l => l.Id);
        builder.Property(l => l.Id).ValueGeneratedNever();
        builder.Property(l => l.OperationCode).HasMaxLength(ColumnLengths.Code);
        builder.Property(l => l.PartNumber).HasMaxLength(ColumnLengths.Code);
        builder.Property(l => l.Description).HasMaxLength(ColumnLengths.Name);
        builder.Property(l => l.Comment).HasMaxLength(ColumnLengths.Comment);
        builder.Property(l => l.ReasonCode).HasMaxLength(ColumnLengths.Reason);

        builder.HasIndex(l => new { l.ClaimId, l.LineNumber }).IsUnique();
    }
}
