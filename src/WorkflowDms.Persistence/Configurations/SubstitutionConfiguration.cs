using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WorkflowDms.Domain.Access;
using WorkflowDms.Persistence.Identity;

namespace WorkflowDms.Persistence.Configurations;

internal sealed class SubstitutionConfiguration : IEntityTypeConfiguration<Substitution>
{
    public void Configure(EntityTypeBuilder<Substitution> builder)
    {
        builder.ToTable("Substitutions");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.AbsentUserId).HasMaxLength(ColumnLengths.UserId);
        builder.Property(s => s.SubstituteUserId).HasMaxLength(ColumnLengths.UserId);
        builder.Property(s => s.OrgPath).HasMaxLength(ColumnLengths.Path);
        builder.Property(s => s.CreatedBy).HasMaxLength(ColumnLengths.Name);

        // The inbox asks "whom do I cover right now?" on every page.
        builder.HasIndex(s => new { s.SubstituteUserId, s.EndsAt });
        builder.HasIndex(s => s.AbsentUserId);
        builder.HasIndex(s => s.OrgPath);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(s => s.AbsentUserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(s => s.SubstituteUserId).OnDelete(DeleteBehavior.Restrict);
    }
}
