using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WorkflowDms.Domain.Dealers;

namespace WorkflowDms.Persistence.Configurations;

internal sealed class ApiKeyConfiguration : IEntityTypeConfiguration<ApiKey>
{
    public void Configure(EntityTypeBuilder<ApiKey> builder)
    {
        builder.ToTable("ApiKeys");
        builder.HasKey(k => k.Id);
        builder.Property(k => k.Id).ValueGeneratedNever();
        builder.Property(k => k.KeyHash).HasMaxLength(ColumnLengths.Hash);
        builder.Property(k => k.Label).HasMaxLength(ColumnLengths.Name);
        builder.Ignore(k => k.IsActive);

        // Authentication is one indexed equality lookup on the hash of the presented key.
        builder.HasIndex(k => k.KeyHash).IsUnique();
        builder.HasIndex(k => k.DealerId);
        builder.HasOne<Dealer>().WithMany().HasForeignKey(k => k.DealerId).OnDelete(DeleteBehavior.Cascade);
    }
}
