using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WorkflowDms.Domain.Dealers;
using WorkflowDms.Domain.Returns;

namespace WorkflowDms.Persistence.Configurations;

internal sealed class DealerReturnTermsConfiguration : IEntityTypeConfiguration<DealerReturnTerms>
{
    public void Configure(EntityTypeBuilder<DealerReturnTerms> builder)
    {
        builder.ToTable("DealerReturnTerms");
        builder.HasKey(t => t.DealerId);
        builder.Property(t => t.DealerId).ValueGeneratedNever();
        builder.HasOne<Dealer>().WithOne().HasForeignKey<DealerReturnTerms>(t => t.DealerId).OnDelete(DeleteBehavior.Cascade);
    }
}
