using System.Text.Json.Serialization;
using WorkflowDms.Engine.Bookmarks;

namespace WorkflowDms.Engine.Execution;

/// <summary>
/// Everything the engine needs to resume an instance: scopes, waiting tokens, open bookmarks and variables.
/// Store it with <see cref="InstanceStateSerializer"/>; treat it as opaque apart from the public members.
/// The executor never mutates a state it is given; each step returns a new one.
/// </summary>
public sealed class InstanceState
{
    /// <summary>The instance's id.</summary>
    public required Guid InstanceId { get; init; }

    /// <summary>The id of the process definition the instance runs.</summary>
    public required string ProcessId { get; init; }

    /// <summary>The case the instance runs for; also the correlation key of its message bookmarks.</summary>
    public string? BusinessKey { get; init; }

    /// <summary>Running, completed or terminated.</summary>
    [JsonInclude]
    public InstanceStatus Status { get; internal set; }

    /// <summary>The process-level variables (JSON-shaped values).</summary>
    [JsonIgnore]
    public IReadOnlyDictionary<string, object?> Variables =>
        Scopes.Count > 0 && Scopes[0].Variables is { } variables ? variables : EmptyVariables;

    /// <summary>The open bookmarks, in the order they were opened.</summary>
    [JsonIgnore]
    public IReadOnlyList<Bookmark> Bookmarks => OpenBookmarks;

    [JsonInclude]
    internal int LastId { get; set; }

    /// <summary>Scopes; the process scope is always first.</summary>
    [JsonInclude]
    internal List<ScopeState> Scopes { get; set; } = [];

    [JsonInclude]
    internal List<TokenState> Tokens { get; set; } = [];

    [JsonInclude]
    internal List<Bookmark> OpenBookmarks { get; set; } = [];

    private static readonly Dictionary<string, object?> EmptyVariables = [];

    internal InstanceState Clone()
    {
        var copy = new InstanceState
        {
            InstanceId = InstanceId,
            ProcessId = ProcessId,
            BusinessKey = BusinessKey,
            Status = Status,
            LastId = LastId,
            Scopes = new List<ScopeState>(Scopes.Count),
            Tokens = new List<TokenState>(Tokens.Count),
            OpenBookmarks = [.. OpenBookmarks],
        };
        foreach (var scope in Scopes)
        {
            copy.Scopes.Add(scope.Clone());
        }

        foreach (var token in Tokens)
        {
            copy.Tokens.Add(token.Clone());
        }

        return copy;
    }
}
