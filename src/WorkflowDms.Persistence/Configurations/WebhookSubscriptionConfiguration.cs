using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WorkflowDms.Domain.Dealers;
using WorkflowDms.Domain.Integration;

namespace WorkflowDms.Persistence.Configurations;

internal sealed class WebhookSubscriptionConfiguration : IEntityTypeConfiguration<WebhookSubscription>
{
    public void Configure(EntityTypeBuilder<WebhookSubscription> builder)
    {
        builder.ToTable("WebhookSubscriptions");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.Url).HasMaxLength(WebhookSubscription.MaxUrlLength);
        // The column keeps its name: rows written before secrets were protected hold the plain secret and are
        // protected in place by the webhook fan-out (ADR 0012).
        builder.Property(s => s.ProtectedSecret).HasColumnName("Secret").HasMaxLength(1024);
        builder.Property(s => s.OrgPath).HasMaxLength(ColumnLengths.Path);
        builder.Property(s => s.CaseTypes).HasMaxLength(ColumnLengths.Name);
        builder.Ignore(s => s.CaseTypeFilter);

        builder.HasIndex(s => new { s.DealerId, s.Active });
        builder.HasIndex(s => s.Active);
        builder.HasOne<Dealer>().WithMany().HasForeignKey(s => s.DealerId).OnDelete(DeleteBehavior.Cascade);
    }
}
