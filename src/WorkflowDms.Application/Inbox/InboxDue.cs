namespace WorkflowDms.Application.Inbox;

/// <summary>Due-date filters; each is an upper bound on the due date, so the due-order index serves it.</summary>
public enum InboxDue
{
    /// <summary>Due before now.</summary>
    Overdue,
    /// <summary>Due before the end of the current UTC day (overdue included).</summary>
    Today,
    /// <summary>Due within 7 days from now (overdue included).</summary>
    Week,
}
