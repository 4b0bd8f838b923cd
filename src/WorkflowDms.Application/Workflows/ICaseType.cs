using WorkflowDms.Persistence;

namespace WorkflowDms.Application.Workflows;

/// <summary>
/// A kind of case a workflow can run for (claim, order, credit decision, return, recall campaign…),
/// known by the prefix of its business key: <c>{Prefix}:{id}</c>.
/// </summary>
public interface ICaseType
{
    /// <summary>The business-key prefix and the case type shown on tasks, e.g. <c>claim</c>.</summary>
    string Prefix { get; }

    /// <summary>The case as tasks and the audit trail need it; the entity may be tracked and not yet saved.</summary>
    CaseReference Resolve(WorkflowDmsDbContext db, Guid caseId);
}
