using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WorkflowDms.Domain.Access;
using WorkflowDms.Domain.Organisation;
using WorkflowDms.Persistence.Identity;

namespace WorkflowDms.Persistence.Configurations;

internal sealed class RoleAssignmentConfiguration : IEntityTypeConfiguration<RoleAssignment>
{
    public void Configure(EntityTypeBuilder<RoleAssignment> builder)
    {
        builder.ToTable("RoleAssignments");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.UserId).HasMaxLength(ColumnLengths.UserId);
        builder.Property(a => a.Group).HasMaxLength(ColumnLengths.Code * 2);
        builder.Property(a => a.OrgPath).HasMaxLength(ColumnLengths.Path);
        builder.Property(a => a.CreatedBy).HasMaxLength(ColumnLengths.Name);
        builder.Ignore(a => a.Grant);

        // A user holds a role at a node once; sign-in reads all of a user's grants.
        builder.HasIndex(a => new { a.UserId, a.Group, a.OrgNodeId }).IsUnique();
        builder.HasIndex(a => a.OrgPath);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(a => a.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<OrgNode>().WithMany().HasForeignKey(a => a.OrgNodeId).OnDelete(DeleteBehavior.Restrict);
    }
}
