namespace WorkflowDms.Application.Inbox;

/// <summary>Inbox orders; every one is keyset-paged on (key, created, task id) and served by an index.</summary>
public enum InboxSort
{
    Due,
    DueDescending,
    Created,
    CreatedDescending,
    Amount,
    AmountDescending,
}
