namespace WorkflowDms.Engine.Ports;

/// <summary>
/// The kebab-case names of <see cref="RuleOutcome"/> used in rule-set JSON, in BPMN conditions
/// (<c>${adjudication == 'send-back'}</c>) and in the API.
/// </summary>
public static class RuleOutcomeNames
{
    private static readonly Dictionary<RuleOutcome, string> Names = new()
    {
        [RuleOutcome.AutoPass] = "auto-pass",
        [RuleOutcome.Alert] = "alert",
        [RuleOutcome.Adjust] = "adjust",
        [RuleOutcome.Route] = "route",
        [RuleOutcome.SendBack] = "send-back",
        [RuleOutcome.Reject] = "reject",
        [RuleOutcome.Hold] = "hold",
        [RuleOutcome.Block] = "block",
    };

    private static readonly Dictionary<string, RuleOutcome> Outcomes =
        Names.ToDictionary(p => p.Value, p => p.Key, StringComparer.OrdinalIgnoreCase);

    /// <summary>The kebab-case name of an outcome, e.g. <c>send-back</c>.</summary>
    public static string ToName(this RuleOutcome outcome) => Names[outcome];

    /// <summary>Parses a kebab-case outcome name; false when it is not one of the eight.</summary>
    public static bool TryParse(string? name, out RuleOutcome outcome) =>
        Outcomes.TryGetValue(name ?? string.Empty, out outcome);

    /// <summary>All eight names, in precedence order.</summary>
    public static IReadOnlyCollection<string> All => Names.Values;
}
