namespace WorkflowDms.Engine.Execution;

/// <summary>A token at rest between steps. Tokens that pass straight through never reach the state.</summary>
internal sealed class TokenState
{
    public int Id { get; set; }

    public int ScopeId { get; set; }

    public string ElementId { get; set; } = string.Empty;

    public TokenKind Kind { get; set; }

    /// <summary>Join tokens: the flow they arrived by.</summary>
    public string? ArrivedVia { get; set; }

    /// <summary>Container tokens: the scope they stand for.</summary>
    public int? ChildScopeId { get; set; }

    /// <summary>Multi-instance instances: <c>loopCounter</c> and the element variable.</summary>
    public Dictionary<string, object?>? Locals { get; set; }

    public TokenState Clone() => new()
    {
        Id = Id,
        ScopeId = ScopeId,
        ElementId = ElementId,
        Kind = Kind,
        ArrivedVia = ArrivedVia,
        ChildScopeId = ChildScopeId,
        Locals = Locals is null ? null : new Dictionary<string, object?>(Locals, StringComparer.Ordinal),
    };
}
