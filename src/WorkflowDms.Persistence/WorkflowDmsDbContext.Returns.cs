using Microsoft.EntityFrameworkCore;
using WorkflowDms.Domain.Returns;

namespace WorkflowDms.Persistence;

/// <summary>Parts returns and the dealers' return programmes.</summary>
public sealed partial class WorkflowDmsDbContext
{
    public DbSet<ReturnRequest> ReturnRequests => Set<ReturnRequest>();

    public DbSet<ReturnLine> ReturnLines => Set<ReturnLine>();

    public DbSet<DealerReturnTerms> DealerReturnTerms => Set<DealerReturnTerms>();
}
