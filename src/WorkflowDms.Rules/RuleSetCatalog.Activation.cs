using System.Collections.Frozen;
using WorkflowDms.Rules.Compilation;
using WorkflowDms.Rules.Loading;

namespace WorkflowDms.Rules;

/// <summary>Swapping a stored version in: compiled by the caller's thread, published to evaluations in one atomic step.</summary>
public sealed partial class RuleSetCatalog
{
    /// <summary>
    /// Compiles <paramref name="json"/> as <paramref name="version"/> of <paramref name="ruleSetName"/> and makes it
    /// the one evaluations use. Nothing changes when it does not compile (the problems are returned), or when the
    /// loaded version is already this one or newer (two publishes racing: the newer stays). Content already loaded
    /// under another version (e.g. a shipped file deployed as version 1) is re-labelled, not compiled again.
    /// </summary>
    /// <returns>Why the JSON was refused; empty when the version is live (or a newer one already was).</returns>
    public IReadOnlyList<RuleSetProblem> Activate(string ruleSetName, int version, string json)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(ruleSetName);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(version);
        ArgumentNullException.ThrowIfNull(json);
        var sha = RuleSetLoader.HashOf(json);
        CompiledRuleSet? compiled = null;
        if (Snapshot.TryGetValue(ruleSetName, out var loaded) && loaded.Sha256 == sha)
        {
            compiled = loaded.WithVersion(version);
        }
        else
        {
            var problems = new List<RuleSetProblem>();
            compiled = RuleSetLoader.Load(ruleSetName + ".json", json, _factTypes, problems).Compiled;
            if (compiled is null || problems.Count > 0)
            {
                return problems.Count > 0 ? problems : [new(null, "the rule set does not compile")];
            }

            compiled = compiled.WithVersion(version);
        }

        Swap(compiled);
        return [];
    }

    /// <summary>Makes <paramref name="compiled"/> live unless a version at least as new already is.</summary>
    internal void Swap(CompiledRuleSet compiled)
    {
        while (true)
        {
            var current = Snapshot;
            if (current.TryGetValue(compiled.Name, out var live) && live.Version >= compiled.Version)
            {
                return;
            }

            var next = new Dictionary<string, CompiledRuleSet>(current, StringComparer.Ordinal) { [compiled.Name] = compiled }
                .ToFrozenDictionary(StringComparer.Ordinal);
            if (ReferenceEquals(Interlocked.CompareExchange(ref _ruleSets, next, current), current))
            {
                return;
            }
        }
    }
}
