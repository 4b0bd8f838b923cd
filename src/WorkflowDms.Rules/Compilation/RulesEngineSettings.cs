using RulesEngine.HelperFunctions;
using RulesEngine.Models;
using WorkflowDms.Rules.Loading;

namespace WorkflowDms.Rules.Compilation;

/// <summary>The RulesEngine settings every rule set runs with, and why each differs from the default.</summary>
internal static class RulesEngineSettings
{
    /// <summary>
    /// Room in RulesEngine's compiled-rules cache. It evicts first-in-first-out once full, and the first entry is the
    /// one warmed at start-up, so the number of other input shapes is capped well below it (see CompiledRuleSet).
    /// </summary>
    public const int CacheSize = 1_024;

    public static ReSettings For(RuleSetDefinition definition) => new()
    {
        // Let expressions name the declared fact types (e.g. in a cast); input types are added by RulesEngine anyway.
        CustomTypes = definition.Inputs.Select(i => i.Value).Distinct().ToArray(),
        // A rule that throws is reported in its own result instead of failing the whole set, so we can name it.
        EnableExceptionAsErrorMessage = true,
        IgnoreException = false,
        // Formatting runs a Regex over ErrorMessage for every rule that did not fire: pure cost on the hot path.
        EnableFormattedErrorMessage = false,
        // Actions are refused by our conventions; with none to run, ExecuteAllRulesAsync completes synchronously.
        AutoExecuteActions = false,
        CacheConfig = new MemCacheConfig { SizeLimit = CacheSize },
    };
}
