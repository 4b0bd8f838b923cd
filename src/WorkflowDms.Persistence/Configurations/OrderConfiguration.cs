using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WorkflowDms.Domain.Dealers;
using WorkflowDms.Domain.Orders;

namespace WorkflowDms.Persistence.Configurations;

internal sealed class OrderConfiguration : IEntityTypeConfiguration<Order>
{
    public void Configure(EntityTypeBuilder<Order> builder)
    {
        builder.ToTable("Orders");
        builder.HasKey(o => o.Id);
        builder.Property(o => o.Id).ValueGeneratedNever();
        builder.Property(o => o.Number).HasMaxLength(ColumnLengths.Code);
        builder.Property(o => o.Type).HasConversion<string>().HasMaxLength(16);
        builder.Property(o => o.Status).HasConversion<string>().HasMaxLength(32);
        builder.Property(o => o.DealerCode).HasMaxLength(ColumnLengths.Code);
        builder.Property(o => o.OrgPath).HasMaxLength(ColumnLengths.Path);
        builder.Property(o => o.DealerReference).HasMaxLength(64);
        builder.Property(o => o.Currency).HasMaxLength(3).IsFixedLength();
        builder.Property(o => o.CreatedBy).HasMaxLength(ColumnLengths.UserId);
        builder.Property(o => o.SubmittedBy).HasMaxLength(ColumnLengths.UserId);
        builder.Property(o => o.ApprovedBy).HasMaxLength(ColumnLengths.UserId);
        builder.Property(o => o.AlertMessage).HasMaxLength(ColumnLengths.Comment);
        builder.Property(o => o.HoldReasonCode).HasMaxLength(ColumnLengths.Reason);
        builder.Property(o => o.CreditReasonCode).HasMaxLength(ColumnLengths.Reason);
        builder.Property(o => o.DecisionReasonCode).HasMaxLength(ColumnLengths.Reason);
        builder.Property(o => o.DecisionComment).HasMaxLength(ColumnLengths.Comment);
        builder.Ignore(o => o.PermittedTriggers);
        builder.Ignore(o => o.CountsAsOpenOrder);

        builder.HasMany(o => o.Lines).WithOne().HasForeignKey(l => l.OrderId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(o => o.Lines).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasOne<Dealer>().WithMany().HasForeignKey(o => o.DealerId).OnDelete(DeleteBehavior.Restrict);

        builder.HasIndex(o => o.Number).IsUnique();
        builder.HasIndex(o => new { o.OrgPath, o.CreatedAt });
        builder.HasIndex(o => new { o.DealerId, o.DealerReference }).IsUnique();
        builder.HasIndex(o => new { o.DealerId, o.Type, o.Status });
    }
}

internal sealed class OrderLineConfiguration : IEntityTypeConfiguration<OrderLine>
{
    public void Configure(EntityTypeBuilder<OrderLine> builder)
    {
        builder.ToTable("OrderLines");
        builder.HasKey(l => l.Id);
        builder.Property(l => l.Id).ValueGeneratedNever();
        builder.Property(l => l.ItemCode).HasMaxLength(ColumnLengths.Code);
        builder.Property(l => l.DiscountPercent).HasPrecision(5, 2);
        builder.Property(l => l.MaxDiscountPercent).HasPrecision(5, 2);
        builder.HasIndex(l => new { l.OrderId, l.LineNumber }).IsUnique();
    }
}

internal sealed class PriceListEntryConfiguration : IEntityTypeConfiguration<PriceListEntry>
{
    public void Configure(EntityTypeBuilder<PriceListEntry> builder)
    {
        builder.ToTable("PriceListEntries");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.OrderType).HasConversion<string>().HasMaxLength(16);
        builder.Property(p => p.ItemCode).HasMaxLength(ColumnLengths.Code);
        builder.Property(p => p.Description).HasMaxLength(ColumnLengths.Name);
        builder.Property(p => p.Currency).HasMaxLength(3).IsFixedLength();
        builder.Property(p => p.MaxDiscountPercent).HasPrecision(5, 2);
        builder.HasIndex(p => new { p.ItemCode, p.EffectiveFrom }).IsUnique();
    }
}

internal sealed class AllocationQuotaConfiguration : IEntityTypeConfiguration<AllocationQuota>
{
    public void Configure(EntityTypeBuilder<AllocationQuota> builder)
    {
        builder.ToTable("AllocationQuotas");
        builder.HasKey(q => q.Id);
        builder.Property(q => q.Id).ValueGeneratedNever();
        builder.Property(q => q.ModelCode).HasMaxLength(ColumnLengths.Code);
        builder.HasOne<Dealer>().WithMany().HasForeignKey(q => q.DealerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(q => new { q.DealerId, q.ModelCode, q.PeriodStart }).IsUnique();
    }
}

internal sealed class ApprovalAuthorityConfiguration : IEntityTypeConfiguration<ApprovalAuthority>
{
    public void Configure(EntityTypeBuilder<ApprovalAuthority> builder)
    {
        builder.ToTable("ApprovalAuthorities");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.OrderType).HasConversion<string>().HasMaxLength(16);
        builder.Property(a => a.OrgLevel).HasConversion<string>().HasMaxLength(32);
        builder.Property(a => a.Group).HasMaxLength(ColumnLengths.Code);
        builder.HasIndex(a => new { a.OrderType, a.MaxAmountMinor });
    }
}
