using RulesEngine.Models;

namespace WorkflowDms.Rules.Loading;

/// <summary>A rule set read from its file and checked for shape, not yet compiled.</summary>
/// <param name="Name">The rule set's name (<c>WorkflowName</c>, equal to the file name).</param>
/// <param name="FileName">The file it came from.</param>
/// <param name="Inputs">The declared input parameters and their fact types, in file order.</param>
/// <param name="Rules">What each rule declares, in file order (enabled and disabled).</param>
/// <param name="Workflow">The RulesEngine model of the same file.</param>
internal sealed record RuleSetDefinition(
    string Name,
    string FileName,
    IReadOnlyList<KeyValuePair<string, Type>> Inputs,
    IReadOnlyList<RuleDescriptor> Rules,
    Workflow Workflow);
