using WorkflowDms.Engine.Ports;

namespace WorkflowDms.Rules;

/// <summary>What a loaded rule declares, besides its expression: what it asks for when it fires, and why.</summary>
/// <param name="Name">The rule's name, unique in its rule set.</param>
/// <param name="Outcome">What the rule asks for when it fires.</param>
/// <param name="ReasonCode">External reason code (ANSI X12 1172 style).</param>
/// <param name="Source">The domain-reference rule it implements, e.g. <c>W-12</c>.</param>
/// <param name="Message">The human message (the rule's <c>SuccessEvent</c>).</param>
/// <param name="Output">The value it produces when fired (string, decimal or bool), or null.</param>
/// <param name="Expression">The rule's condition, as written.</param>
public sealed record RuleDescriptor(
    string Name, RuleOutcome Outcome, string ReasonCode, string Source, string Message, object? Output, string Expression)
{
    /// <summary>False for a rule switched off with <c>"Enabled": false</c>; RulesEngine does not evaluate it.</summary>
    public bool Enabled { get; init; } = true;

    /// <summary>The immutable fired-rule record, built once so that evaluation allocates nothing per fired rule.</summary>
    internal FiredRule Fired { get; } = new(Name, Outcome, ReasonCode, Message, Output);
}
