namespace WorkflowDms.Application.Designer.RuleSets;

/// <summary>A published version of a rule set.</summary>
/// <param name="Source"><c>file</c> (shipped in rules/) or <c>designer</c>.</param>
/// <param name="Name">The rule set.</param>
/// <param name="Version">1, 2, 3…</param>
/// <param name="PublishedBy">E-mail of the analyst, or system for a shipped file.</param>
/// <param name="PublishedAt">UTC.</param>
/// <param name="RuleCount">Rules in the version.</param>
/// <param name="Comment">The publisher's note.</param>
/// <param name="Sha256">Hash of the stored JSON.</param>
public sealed record RuleSetVersionView(
    string Name, int Version, string PublishedBy, DateTime PublishedAt, string Source, int RuleCount, string? Comment, string Sha256);
