using System.Diagnostics.CodeAnalysis;

namespace WorkflowDms.Rules;

/// <summary>
/// Resolves the fact-type names a rule set declares in its <c>Inputs</c> (e.g. <c>"claim": "ClaimFacts"</c>) to CLR
/// types. The Rules project does not reference the domain, so the host passes the domain's fact types in.
/// </summary>
public interface IFactTypeResolver
{
    /// <summary>Finds the type declared under <paramref name="name"/>; false when there is none.</summary>
    bool TryResolve(string name, [NotNullWhen(true)] out Type? type);
}
