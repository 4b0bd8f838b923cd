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

    /// <summary>
    /// Status, dealer and amount, copied onto the case's tasks after every workflow step (the entity may be
    /// tracked). A case type that does not say gets tasks without them: no dealer, no amount, no status.
    /// </summary>
    CaseFacts Facts(WorkflowDmsDbContext db, Guid caseId) => new("", DealerId: null, Amount: null, Currency: null);

    /// <summary>
    /// The case as its own API shows it, serialised as JSON beside the task in the inbox; read-only. A case type
    /// that does not say shows its reference (number and org node).
    /// </summary>
    object Describe(WorkflowDmsDbContext db, Guid caseId) => Resolve(db, caseId);
}
