namespace WorkflowDms.Domain.Recalls;

public enum RecallImportStatus
{
    Queued,
    Running,
    Completed,
    Failed,
}
