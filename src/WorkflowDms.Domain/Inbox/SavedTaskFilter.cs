namespace WorkflowDms.Domain.Inbox;

/// <summary>A named inbox filter a user keeps on the server (the query string's parameters as JSON).</summary>
public class SavedTaskFilter
{
    private SavedTaskFilter()
    {
        UserId = "";
        Name = "";
        QueryJson = "{}";
    }

    public Guid Id { get; private set; }

    /// <summary>The owner: only they list, use or delete it.</summary>
    public string UserId { get; private set; }

    public string Name { get; private set; }

    public string QueryJson { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public static SavedTaskFilter Create(Guid id, string userId, string name, string queryJson, DateTime now) => new()
    {
        Id = id,
        UserId = userId,
        Name = name,
        QueryJson = queryJson,
        CreatedAt = now,
    };
}
