using System.Text.RegularExpressions;

namespace WorkflowDms.Rules.Loading;

/// <summary>
/// The JSON conventions of a rule-set file on top of RulesEngine's Workflow format (docs/adr/0003-rule-sets.md,
/// rules/README.md). Unknown members are refused so that a typo (<c>"Expresion"</c>) cannot silently disable a rule.
/// </summary>
internal static partial class RuleSetConventions
{
    public static readonly HashSet<string> RuleSetMembers =
        new(StringComparer.Ordinal) { "WorkflowName", "Description", "Inputs", "GlobalParams", "Rules" };

    public static readonly HashSet<string> RuleMembers = new(StringComparer.Ordinal)
    {
        "RuleName", "Expression", "SuccessEvent", "Properties", "Enabled", "RuleExpressionType", "LocalParams",
        "ErrorMessage",
    };

    public static readonly HashSet<string> PropertyMembers =
        new(StringComparer.Ordinal) { "outcome", "reasonCode", "source", "output" };

    /// <summary>Rule-set members RulesEngine knows that we refuse, with the reason shown to the author.</summary>
    public static readonly Dictionary<string, string> RefusedRuleSetMembers = new(StringComparer.Ordinal)
    {
        ["WorkflowsToInject"] =
            "is not supported: RulesEngine 6 appends injected rules again on every lookup; copy the rules instead",
        ["WorkflowRulesToInject"] = "is not supported; copy the rules instead",
        ["RuleExpressionType"] =
            "is not supported at rule-set level: RulesEngine 6 cannot read it as a string there; set it per rule or omit it",
    };

    /// <summary>Rule members RulesEngine knows that we refuse, with the reason shown to the author.</summary>
    public static readonly Dictionary<string, string> RefusedRuleMembers = new(StringComparer.Ordinal)
    {
        ["Rules"] = "(nested rules) are not supported: each rule has its own outcome; write one rule per condition",
        ["Operator"] = "is not supported: nested rules are not used; combine conditions with && or ||",
        ["Actions"] = "are not supported: rule actions never run here; use Properties.output for a produced value",
        ["WorkflowsToInject"] = "is not supported; copy the rules instead",
    };

    /// <summary>Property names we refuse, with the reason shown to the author.</summary>
    public static readonly Dictionary<string, string> RefusedPropertyMembers = new(StringComparer.Ordinal)
    {
        ["message"] = "is not used: the rule's human message goes in SuccessEvent",
    };

    /// <summary>kebab-case: lower-case letters and digits in dash-separated words.</summary>
    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    public static partial Regex KebabCase();

    /// <summary>An ANSI X12 1172 style reason code: one to three upper-case letters or digits (EW, A4, ELH, ZZ).</summary>
    [GeneratedRegex("^[A-Z0-9]{1,3}$")]
    public static partial Regex ReasonCode();

    /// <summary>A domain-reference rule id: W-12, RT-14, X-01, or DMN-01 for examples.</summary>
    [GeneratedRegex("^[A-Z]{1,3}-[0-9]{2,3}$")]
    public static partial Regex Source();

    /// <summary>A C# identifier usable as a parameter name in expressions.</summary>
    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*$")]
    public static partial Regex Identifier();
}
