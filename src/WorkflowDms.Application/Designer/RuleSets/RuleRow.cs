using System.Text.Json;

namespace WorkflowDms.Application.Designer.RuleSets;

/// <summary>One rule as the designer's table shows it.</summary>
/// <param name="Name">Unique in the rule set (ignoring case).</param>
/// <param name="Expression">The condition over the declared inputs, e.g. <c>claim.TotalAmount &gt; dealer.AutoApprovalLimit</c>.</param>
/// <param name="Outcome">What the rule asks for when it fires (block, hold, send-back, reject, auto-pass, route, adjust, alert).</param>
/// <param name="ReasonCode">External reason code (1–3 upper-case letters or digits).</param>
/// <param name="Source">The domain-reference rule it implements, e.g. <c>W-32</c>.</param>
/// <param name="Message">The human message shown when it fires.</param>
/// <param name="Enabled">False switches the rule off without deleting it (absent: true).</param>
/// <param name="Output">
/// The value the rule produces when it fires (e.g. the reviewers' group), when it has one. Absent or null on a save
/// keeps the output of the rule of the same name, so a table that does not show outputs cannot lose them.
/// </param>
public sealed record RuleRow(
    string? Name, string? Expression, string? Outcome, string? ReasonCode, string? Source, string? Message, bool? Enabled = true, JsonElement? Output = null);
