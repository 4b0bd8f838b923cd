using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WorkflowDms.Domain.Dealers;
using WorkflowDms.Domain.Organisation;

namespace WorkflowDms.Persistence.Configurations;

internal sealed class DealerConfiguration : IEntityTypeConfiguration<Dealer>
{
    public void Configure(EntityTypeBuilder<Dealer> builder)
    {
        builder.ToTable("Dealers");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.Property(d => d.Code).HasMaxLength(ColumnLengths.Code);
        builder.Property(d => d.Name).HasMaxLength(ColumnLengths.Name);
        builder.Property(d => d.OrgPath).HasMaxLength(ColumnLengths.Path);
        builder.Property(d => d.Currency).HasMaxLength(3).IsFixedLength();
        builder.Ignore(d => d.Terms);

        builder.HasIndex(d => d.Code).IsUnique();
        builder.HasIndex(d => d.OrgNodeId).IsUnique();
        builder.HasIndex(d => d.OrgPath);
        builder.HasOne<OrgNode>().WithMany().HasForeignKey(d => d.OrgNodeId).OnDelete(DeleteBehavior.Restrict);
    }
}
