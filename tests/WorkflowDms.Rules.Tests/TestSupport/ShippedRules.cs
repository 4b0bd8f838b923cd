namespace WorkflowDms.Rules.Tests.TestSupport;

/// <summary>The repository's rules/ plus this project's test rule sets, loaded once for all tests (loading compiles).</summary>
internal static class ShippedRules
{
    private static readonly Lazy<RuleSetCatalog> LazyCatalog = new(() => RuleSetCatalog.LoadFiles(
        Directory.GetFiles(RepositoryPaths.RulesDirectory, "*.json").Concat(TestRuleSets), DomainFactTypes.Resolver));

    private static readonly Lazy<RulesEngineEvaluator> LazyEvaluator = new(() => new RulesEngineEvaluator(Catalog));

    /// <summary>The rule sets in this project's TestData folder.</summary>
    public static IReadOnlyList<string> TestRuleSets =>
        [RepositoryPaths.TestData("invoice-assign-approver.json"), RepositoryPaths.TestData("outcome-precedence.json")];

    public static RuleSetCatalog Catalog => LazyCatalog.Value;

    public static RulesEngineEvaluator Evaluator => LazyEvaluator.Value;
}
