using Microsoft.Extensions.DependencyInjection;
using WorkflowDms.Engine.Ports;
using WorkflowDms.Rules.Tests.TestSupport;

namespace WorkflowDms.Rules.Tests;

public sealed class RulesServiceCollectionExtensionsTests
{
    [Fact]
    public void AddPolicyRules_LoadsNow_AndRegistersOneCatalogAndEvaluatorAsSingletons()
    {
        var services = new ServiceCollection();

        services.AddPolicyRules(RepositoryPaths.RulesDirectory, DomainFactTypes.Resolver);

        var catalog = Assert.IsType<RuleSetCatalog>(Single(services, typeof(RuleSetCatalog)).ImplementationInstance);
        var evaluator = Single(services, typeof(IRuleEvaluator)).ImplementationInstance;
        Assert.Same(evaluator, Single(services, typeof(RulesEngineEvaluator)).ImplementationInstance);
        Assert.IsType<RulesEngineEvaluator>(evaluator);
        Assert.Contains("warranty-claim", catalog.RuleSetNames);
    }

    [Fact]
    public void AddPolicyRules_BrokenRuleSet_FailsAtStartUp()
    {
        using var dir = new TempRuleSets();
        dir.Write("broken.json", "{");

        Assert.Throws<RuleSetLoadException>(() => new ServiceCollection().AddPolicyRules(dir.DirectoryPath, DomainFactTypes.Resolver));
    }

    private static ServiceDescriptor Single(ServiceCollection services, Type serviceType)
    {
        var descriptor = Assert.Single(services, d => d.ServiceType == serviceType);
        Assert.Equal(ServiceLifetime.Singleton, descriptor.Lifetime);
        return descriptor;
    }
}
