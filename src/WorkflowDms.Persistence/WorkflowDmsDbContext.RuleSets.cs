using Microsoft.EntityFrameworkCore;
using WorkflowDms.Domain.RuleSets;

namespace WorkflowDms.Persistence;

/// <summary>Policy rule sets: published versions and the designer's drafts (ADR 0009).</summary>
public sealed partial class WorkflowDmsDbContext
{
    public DbSet<RuleSetVersionRecord> RuleSetVersions => Set<RuleSetVersionRecord>();

    public DbSet<RuleSetDraft> RuleSetDrafts => Set<RuleSetDraft>();
}
