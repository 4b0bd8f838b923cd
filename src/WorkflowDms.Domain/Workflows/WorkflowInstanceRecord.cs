namespace WorkflowDms.Domain.Workflows;

/// <summary>
/// A stored process instance. The engine's state (tokens, variables) is one JSON document; the columns
/// around it are what queries need. The engine's own types stay out of the domain on purpose.
/// </summary>
public class WorkflowInstanceRecord : IVersioned
{
    private WorkflowInstanceRecord()
    {
        ProcessId = "";
        Status = "";
        StateJson = "";
    }

    public Guid Id { get; private set; }

    public string ProcessId { get; private set; }

    public int DefinitionVersion { get; private set; }

    /// <summary>The case it runs for, e.g. <c>claim:{id}</c>.</summary>
    public string? BusinessKey { get; private set; }

    /// <summary>The engine's status name (Running, Completed, Terminated, Faulted, …).</summary>
    public string Status { get; private set; }

    public string StateJson { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public DateTime UpdatedAt { get; private set; }

    public int Version { get; private set; }

    public static WorkflowInstanceRecord Start(Guid id, string processId, int definitionVersion, string? businessKey, string status, string stateJson, DateTime now) =>
        new()
        {
            Id = id,
            ProcessId = processId,
            DefinitionVersion = definitionVersion,
            BusinessKey = businessKey,
            Status = status,
            StateJson = stateJson,
            CreatedAt = now,
            UpdatedAt = now,
        };

    /// <summary>Stores the engine's new state after a step; one call per wait state reached.</summary>
    public void Update(string status, string stateJson, DateTime now)
    {
        Status = status;
        StateJson = stateJson;
        UpdatedAt = now;
    }

    /// <summary>Moves a running instance to another definition version (instance migration).</summary>
    public void MigrateTo(int definitionVersion, string stateJson, DateTime now)
    {
        DefinitionVersion = definitionVersion;
        StateJson = stateJson;
        UpdatedAt = now;
    }
}
