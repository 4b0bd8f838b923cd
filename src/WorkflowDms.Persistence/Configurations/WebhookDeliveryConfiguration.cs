using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WorkflowDms.Domain.Integration;

namespace WorkflowDms.Persistence.Configurations;

internal sealed class WebhookDeliveryConfiguration : IEntityTypeConfiguration<WebhookDelivery>
{
    public void Configure(EntityTypeBuilder<WebhookDelivery> builder)
    {
        builder.ToTable("WebhookDeliveries");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.Property(d => d.OrgPath).HasMaxLength(ColumnLengths.Path);
        builder.Property(d => d.CaseType).HasMaxLength(40);
        builder.Property(d => d.CaseNumber).HasMaxLength(64);
        builder.Property(d => d.EventType).HasMaxLength(40);
        builder.Property(d => d.State).HasConversion<string>().HasMaxLength(16);
        builder.Property(d => d.LastError).HasMaxLength(ColumnLengths.Comment);

        // Fan-out is idempotent: one delivery per (subscription, event), whatever the overlap of two polls.
        builder.HasIndex(d => new { d.SubscriptionId, d.CaseEventId }).IsUnique();
        builder.HasIndex(d => new { d.SubscriptionId, d.CreatedAt });
        builder.HasOne<WebhookSubscription>().WithMany().HasForeignKey(d => d.SubscriptionId).OnDelete(DeleteBehavior.Cascade);
    }
}
