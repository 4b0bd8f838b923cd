using System.Text.Json.Serialization;

namespace WorkflowDms.Engine.Execution;

/// <summary>
/// A running scope: the process, an embedded sub-process, a called process or a multi-instance body. Process and
/// called-process scopes own a variable map (a called process sees only what <c>camunda:in</c> passed);
/// a multi-instance body holds its <c>nrOf…</c> counters as variables; sub-processes share their parent's.
/// </summary>
internal sealed class ScopeState
{
    public int Id { get; set; }

    public int? ParentId { get; set; }

    public ScopeKind Kind { get; set; }

    /// <summary>The definition whose nodes run in this scope.</summary>
    public string ProcessId { get; set; } = string.Empty;

    /// <summary>The sub-process, call activity or multi-instance activity in the parent scope.</summary>
    public string? ElementId { get; set; }

    /// <summary>The token in the parent scope that stands for this scope's activity (boundary events hang on it).</summary>
    public int? ContainerTokenId { get; set; }

    public Dictionary<string, object?>? Variables { get; set; }

    /// <summary>Multi-instance: the collection being iterated, for sequential instances created later.</summary>
    public List<object?>? Items { get; set; }

    /// <summary>Multi-instance: the next loop counter to hand out.</summary>
    public int NextIndex { get; set; }

    /// <summary>Agenda items not yet executed in this scope (transient, zero between steps).</summary>
    [JsonIgnore]
    public int Pending { get; set; }

    /// <summary>Cancelled or completed during this step; queued work for it is dropped (transient).</summary>
    [JsonIgnore]
    public bool Ended { get; set; }

    public bool OwnsVariables => Kind is ScopeKind.Process or ScopeKind.CallActivity;

    public ScopeState Clone() => new()
    {
        Id = Id,
        ParentId = ParentId,
        Kind = Kind,
        ProcessId = ProcessId,
        ElementId = ElementId,
        ContainerTokenId = ContainerTokenId,
        Variables = Variables is null ? null : new Dictionary<string, object?>(Variables, StringComparer.Ordinal),
        Items = Items,
        NextIndex = NextIndex,
    };
}
