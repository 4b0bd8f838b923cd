namespace WorkflowDms.Application.Inbox;

/// <summary>Whose tasks a page lists: the ones the caller holds, the caller's groups' unclaimed ones, or both.</summary>
public enum InboxView
{
    /// <summary>Tasks the caller (or a user the caller covers for) holds or completed.</summary>
    Mine,
    /// <summary>Tasks of the caller's groups within the grants' scope, by candidate row.</summary>
    Groups,
    /// <summary>Both: the default inbox.</summary>
    All,
}
