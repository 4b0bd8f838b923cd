using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WorkflowDms.Domain.Organisation;

namespace WorkflowDms.Persistence.Configurations;

internal sealed class OrgNodeConfiguration : IEntityTypeConfiguration<OrgNode>
{
    public void Configure(EntityTypeBuilder<OrgNode> builder)
    {
        builder.ToTable("OrgNodes");
        builder.HasKey(n => n.Id);
        builder.Property(n => n.Id).ValueGeneratedNever();
        builder.Property(n => n.Code).HasMaxLength(ColumnLengths.Code);
        builder.Property(n => n.Name).HasMaxLength(ColumnLengths.Name);
        builder.Property(n => n.Path).HasMaxLength(ColumnLengths.Path);
        builder.Ignore(n => n.Scope);
        builder.Ignore(n => n.IsOutlet);

        builder.HasIndex(n => n.Code).IsUnique();

        // Subtree queries are prefix scans on the path.
        builder.HasIndex(n => n.Path).IsUnique();
        builder.HasOne<OrgNode>().WithMany().HasForeignKey(n => n.ParentId).OnDelete(DeleteBehavior.Restrict);
    }
}
