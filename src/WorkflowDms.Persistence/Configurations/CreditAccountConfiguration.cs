using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WorkflowDms.Domain.Credit;
using WorkflowDms.Domain.Dealers;

namespace WorkflowDms.Persistence.Configurations;

internal sealed class CreditAccountConfiguration : IEntityTypeConfiguration<CreditAccount>
{
    public void Configure(EntityTypeBuilder<CreditAccount> builder)
    {
        builder.ToTable("CreditAccounts");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.DealerCode).HasMaxLength(ColumnLengths.Code);
        builder.Property(a => a.OrgPath).HasMaxLength(ColumnLengths.Path);
        builder.Property(a => a.Currency).HasMaxLength(3).IsFixedLength();
        builder.Property(a => a.RiskClass).HasMaxLength(1);
        builder.Property(a => a.BlockReason).HasMaxLength(ColumnLengths.Comment);
        builder.HasOne<Dealer>().WithMany().HasForeignKey(a => a.DealerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => a.DealerId).IsUnique();
        builder.HasIndex(a => a.OrgPath);
    }
}

internal sealed class CreditPostingConfiguration : IEntityTypeConfiguration<CreditPosting>
{
    public void Configure(EntityTypeBuilder<CreditPosting> builder)
    {
        builder.ToTable("CreditPostings");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.Kind).HasMaxLength(ColumnLengths.Code);
        builder.Property(p => p.Reference).HasMaxLength(120);
        builder.Property(p => p.PostedBy).HasMaxLength(ColumnLengths.Name);
        builder.HasOne<CreditAccount>().WithMany().HasForeignKey(p => p.AccountId).OnDelete(DeleteBehavior.Restrict);

        // A document posts once: a retry with the same reference is recognised, never counted twice.
        builder.HasIndex(p => p.Reference).IsUnique();
        builder.HasIndex(p => new { p.AccountId, p.PostedAt });
        builder.HasIndex(p => p.OrderId);
    }
}

internal sealed class ReceivableItemConfiguration : IEntityTypeConfiguration<ReceivableItem>
{
    public void Configure(EntityTypeBuilder<ReceivableItem> builder)
    {
        builder.ToTable("ReceivableItems");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.InvoiceNumber).HasMaxLength(64);
        builder.HasOne<CreditAccount>().WithMany().HasForeignKey(r => r.AccountId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => r.InvoiceNumber).IsUnique();
        builder.HasIndex(r => new { r.AccountId, r.DueDate });
    }
}

internal sealed class CreditLimitRequestConfiguration : IEntityTypeConfiguration<CreditLimitRequest>
{
    public void Configure(EntityTypeBuilder<CreditLimitRequest> builder)
    {
        builder.ToTable("CreditLimitRequests");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Number).HasMaxLength(ColumnLengths.Code);
        builder.Property(r => r.DealerCode).HasMaxLength(ColumnLengths.Code);
        builder.Property(r => r.OrgPath).HasMaxLength(ColumnLengths.Path);
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.Justification).HasMaxLength(ColumnLengths.Comment);
        builder.Property(r => r.RequestedBy).HasMaxLength(ColumnLengths.UserId);
        builder.Property(r => r.DecidedBy).HasMaxLength(ColumnLengths.UserId);
        builder.Property(r => r.DecisionReasonCode).HasMaxLength(ColumnLengths.Reason);
        builder.Property(r => r.DecisionComment).HasMaxLength(ColumnLengths.Comment);
        builder.HasOne<CreditAccount>().WithMany().HasForeignKey(r => r.AccountId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => r.Number).IsUnique();
        builder.HasIndex(r => new { r.OrgPath, r.CreatedAt });
    }
}
