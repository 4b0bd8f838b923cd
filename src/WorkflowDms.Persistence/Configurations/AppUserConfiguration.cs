using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WorkflowDms.Persistence.Identity;

namespace WorkflowDms.Persistence.Configurations;

internal sealed class AppUserConfiguration : IEntityTypeConfiguration<AppUser>
{
    public void Configure(EntityTypeBuilder<AppUser> builder)
    {
        builder.Property(u => u.OrgPath).HasMaxLength(ColumnLengths.Path);
        builder.Property(u => u.DisplayName).HasMaxLength(ColumnLengths.Name);
        builder.HasIndex(u => u.OrgPath);
    }
}
