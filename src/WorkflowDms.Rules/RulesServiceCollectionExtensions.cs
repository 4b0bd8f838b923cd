using Microsoft.Extensions.DependencyInjection;
using WorkflowDms.Engine.Ports;

namespace WorkflowDms.Rules;

/// <summary>Registers the policy rule sets.</summary>
public static class RulesServiceCollectionExtensions
{
    /// <summary>
    /// Loads and compiles every rule set in <paramref name="rulesDirectory"/> now, during start-up, so a broken rule
    /// set stops the host before it serves anything; then registers the <see cref="RuleSetCatalog"/>,
    /// <see cref="RulesEngineEvaluator"/>, <see cref="IRuleEvaluator"/> and the designer's <see cref="RuleSetWorkbench"/>
    /// (samples from <c>samples/</c> under <paramref name="rulesDirectory"/>) as singletons.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="rulesDirectory">The folder holding the <c>*.json</c> rule sets (the repository's <c>rules/</c>).</param>
    /// <param name="factTypes">Resolves declared fact types, e.g. <c>FactTypeResolver.FromNamespace(typeof(ClaimFacts).Assembly, "WorkflowDms.Domain.Policies")</c>.</param>
    /// <exception cref="RuleSetLoadException">A rule set is invalid.</exception>
    public static IServiceCollection AddPolicyRules(
        this IServiceCollection services, string rulesDirectory, IFactTypeResolver factTypes)
    {
        ArgumentNullException.ThrowIfNull(services);
        var catalog = RuleSetCatalog.Load(rulesDirectory, factTypes);
        var evaluator = new RulesEngineEvaluator(catalog);
        services.AddSingleton(catalog);
        services.AddSingleton(evaluator);
        services.AddSingleton<IRuleEvaluator>(evaluator);
        services.AddSingleton(new RuleSetWorkbench(catalog, rulesDirectory));
        return services;
    }
}
