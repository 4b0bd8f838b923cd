namespace WorkflowDms.Domain.Tasks;

public enum WorkTaskStatus
{
    /// <summary>Waiting in the candidates' inboxes; nobody holds it.</summary>
    Open,
    /// <summary>Held by <see cref="WorkTask.Assignee"/>.</summary>
    Claimed,
    Completed,
    /// <summary>Ended without a decision: boundary timer, escalation or the process ended around it.</summary>
    Cancelled,
}
