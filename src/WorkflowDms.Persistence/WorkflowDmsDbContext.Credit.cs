using Microsoft.EntityFrameworkCore;
using WorkflowDms.Domain.Credit;

namespace WorkflowDms.Persistence;

/// <summary>Dealer credit: accounts, the exposure postings ledger, open items and limit requests.</summary>
public sealed partial class WorkflowDmsDbContext
{
    public DbSet<CreditAccount> CreditAccounts => Set<CreditAccount>();

    public DbSet<CreditPosting> CreditPostings => Set<CreditPosting>();

    public DbSet<ReceivableItem> ReceivableItems => Set<ReceivableItem>();

    public DbSet<CreditLimitRequest> CreditLimitRequests => Set<CreditLimitRequest>();
}
