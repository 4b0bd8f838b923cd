using Microsoft.EntityFrameworkCore;
using WorkflowDms.Domain.Forms;
using WorkflowDms.Domain.Workflows;

namespace WorkflowDms.Persistence;

/// <summary>The designer: drafts of workflows and forms, and the published form versions.</summary>
public sealed partial class WorkflowDmsDbContext
{
    public DbSet<WorkflowDraft> WorkflowDrafts => Set<WorkflowDraft>();

    public DbSet<FormDefinitionRecord> FormDefinitions => Set<FormDefinitionRecord>();

    public DbSet<FormDraft> FormDrafts => Set<FormDraft>();
}
