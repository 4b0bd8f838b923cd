namespace WorkflowDms.Domain.Auditing;

/// <summary>
/// What an audit entry records. Stored and hashed by name, so members may be added freely but never
/// renamed: a renamed member would make every existing entry with the old name fail verification.
/// </summary>
public enum AuditAction
{
    ClaimSubmitted,
    ClaimResubmitted,
    ClaimStatusChanged,
    ClaimLineDecided,
    RulesEvaluated,
    TaskCreated,
    TaskClaimed,
    TaskUnclaimed,
    TaskDelegated,
    TaskCompleted,
    TaskCancelled,
    TimerFired,
    MessageReceived,
    WorkflowStarted,
    WorkflowCompleted,
    WorkflowFaulted,
    ProcessDeployed,
    OrgNodeChanged,
    DealerChanged,
    ApiKeyIssued,
    ApiKeyRevoked,
    UserChanged,

    // Generic case events for every lifecycle (orders, credit, recalls, returns…); the data says which case
    // type and step. Stored by name, so adding values never rewrites history.
    CaseCreated,
    CaseUpdated,
    CaseStatusChanged,
    LedgerPosted,
    ImportProgressed,
    WebhookDelivery,
    ExportProduced,
    SubstitutionChanged,

    // A rule-set version deployed from rules/ or published in the designer (data: name, version, source, sha256).
    RuleSetPublished,

    // A task-form version deployed from forms/ or published in the designer (data: formKey, version, source, sha256).
    FormPublished,

    // A comment on a task (data: taskId, commentId, text); the subject is the task's case.
    TaskCommented,
}
