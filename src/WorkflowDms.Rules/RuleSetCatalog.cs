using System.Collections.Frozen;
using WorkflowDms.Rules.Compilation;
using WorkflowDms.Rules.Loading;

namespace WorkflowDms.Rules;

/// <summary>
/// Every policy rule set, compiled for its declared input types: first from <c>rules/*.json</c> at start-up, then
/// replaced by the stored versions as they are activated (at start-up and on publish). Loading is all-or-nothing: a
/// broken file stops it with a <see cref="RuleSetLoadException"/> naming the file, the rule and the error.
/// </summary>
/// <remarks>
/// The rule sets live in one immutable snapshot that an activation replaces with a compare-and-swap (ADR 0009).
/// An evaluation reads the snapshot once and runs on the compiled set it found, so it never waits for a publish, never
/// sees half of one, and an evaluation in flight during a swap finishes on the version it started with.
/// </remarks>
public sealed partial class RuleSetCatalog
{
    private readonly IFactTypeResolver _factTypes;
    private FrozenDictionary<string, CompiledRuleSet> _ruleSets;

    private RuleSetCatalog(Dictionary<string, CompiledRuleSet> ruleSets, IFactTypeResolver factTypes)
    {
        _ruleSets = ruleSets.ToFrozenDictionary(StringComparer.Ordinal);
        _factTypes = factTypes;
    }

    /// <summary>The loaded rule sets' names, in ordinal order.</summary>
    public IReadOnlyList<string> RuleSetNames => Snapshot.Keys.Order(StringComparer.Ordinal).ToList();

    /// <summary>The fact types the rule sets' inputs are resolved with.</summary>
    internal IFactTypeResolver FactTypes => _factTypes;

    private FrozenDictionary<string, CompiledRuleSet> Snapshot => Volatile.Read(ref _ruleSets);

    /// <summary>Loads and compiles every <c>*.json</c> directly in <paramref name="rulesDirectory"/> (not sub-folders).</summary>
    /// <exception cref="DirectoryNotFoundException">The directory does not exist.</exception>
    /// <exception cref="RuleSetLoadException">A file is not a valid rule set.</exception>
    public static RuleSetCatalog Load(string rulesDirectory, IFactTypeResolver factTypes)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(rulesDirectory);
        if (!Directory.Exists(rulesDirectory))
        {
            throw new DirectoryNotFoundException($"The rules directory '{Path.GetFullPath(rulesDirectory)}' does not exist.");
        }

        return LoadFiles(Directory.GetFiles(rulesDirectory, "*.json", SearchOption.TopDirectoryOnly), factTypes);
    }

    /// <summary>Loads and compiles the given rule-set files.</summary>
    /// <exception cref="RuleSetLoadException">A file is not a valid rule set, or two files define the same rule set.</exception>
    public static RuleSetCatalog LoadFiles(IEnumerable<string> files, IFactTypeResolver factTypes)
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(factTypes);
        var ruleSets = new Dictionary<string, CompiledRuleSet>(StringComparer.Ordinal);
        foreach (var file in files.Order(StringComparer.Ordinal))
        {
            var problems = new List<RuleSetProblem>();
            var (_, compiled) = RuleSetLoader.LoadFile(file, factTypes, problems);
            if (compiled is null || problems.Count > 0)
            {
                throw new RuleSetLoadException(Path.GetFileName(file), problems);
            }

            if (!ruleSets.TryAdd(compiled.Name, compiled))
            {
                throw new RuleSetLoadException(
                    Path.GetFileName(file), [new(null, $"a rule set named '{compiled.Name}' is already loaded")]);
            }
        }

        return new RuleSetCatalog(ruleSets, factTypes);
    }

    /// <summary>True when a rule set of that name is loaded.</summary>
    public bool Contains(string ruleSetName) => Snapshot.ContainsKey(ruleSetName);

    /// <summary>The version of the rule set evaluations use now (0 while only its shipped file is loaded).</summary>
    /// <exception cref="KeyNotFoundException">No rule set of that name is loaded.</exception>
    public int GetVersion(string ruleSetName) => Get(ruleSetName).Version;

    /// <summary>The declared inputs of a rule set: parameter name → fact type, in file order.</summary>
    /// <exception cref="KeyNotFoundException">No rule set of that name is loaded.</exception>
    public IReadOnlyList<KeyValuePair<string, Type>> GetInputs(string ruleSetName) => Get(ruleSetName).Definition.Inputs;

    /// <summary>The rules of a rule set, in file order, with their outcome, reason code, source and message.</summary>
    /// <exception cref="KeyNotFoundException">No rule set of that name is loaded.</exception>
    public IReadOnlyList<RuleDescriptor> GetRules(string ruleSetName) => Get(ruleSetName).Definition.Rules;

    internal CompiledRuleSet Get(string ruleSetName)
    {
        ArgumentNullException.ThrowIfNull(ruleSetName);
        return Snapshot.TryGetValue(ruleSetName, out var ruleSet)
            ? ruleSet
            : throw new KeyNotFoundException($"No rule set named '{ruleSetName}' is loaded.");
    }
}
