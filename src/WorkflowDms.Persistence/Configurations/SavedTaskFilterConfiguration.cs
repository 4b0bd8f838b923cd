using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WorkflowDms.Domain.Inbox;
using WorkflowDms.Persistence.Identity;

namespace WorkflowDms.Persistence.Configurations;

internal sealed class SavedTaskFilterConfiguration : IEntityTypeConfiguration<SavedTaskFilter>
{
    public void Configure(EntityTypeBuilder<SavedTaskFilter> builder)
    {
        builder.ToTable("SavedTaskFilters");
        builder.HasKey(f => f.Id);
        builder.Property(f => f.Id).ValueGeneratedNever();
        builder.Property(f => f.UserId).HasMaxLength(ColumnLengths.UserId);
        builder.Property(f => f.Name).HasMaxLength(100);
        builder.Property(f => f.QueryJson).HasMaxLength(2000);

        // A user's filters by name; one name once per user.
        builder.HasIndex(f => new { f.UserId, f.Name }).IsUnique();
        builder.HasOne<AppUser>().WithMany().HasForeignKey(f => f.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
