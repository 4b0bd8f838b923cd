using System.Reflection;
using NetArchTest.Rules;

namespace WorkflowDms.ArchitectureTests;

/// <summary>
/// The dependency direction of code-style.md §6.2, enforced: the engine and the domain know nothing of the
/// web or the database, only the rules project touches RulesEngine, and the host is the composition root.
/// </summary>
public sealed class DependencyRulesTests
{
    private static readonly Assembly Engine = typeof(Engine.Deployment.BpmnDeployer).Assembly;
    private static readonly Assembly Domain = typeof(Domain.Claims.Claim).Assembly;
    private static readonly Assembly Rules = typeof(Rules.RuleSetCatalog).Assembly;
    private static readonly Assembly Persistence = typeof(Persistence.WorkflowDmsDbContext).Assembly;
    private static readonly Assembly Application = typeof(Application.ApplicationServiceCollectionExtensions).Assembly;
    private static readonly Assembly Cli = Assembly.Load(new AssemblyName("wdms"));

    public static TheoryData<string, string> Forbidden => new()
    {
        { "Engine", "Microsoft.EntityFrameworkCore" },
        { "Engine", "Microsoft.AspNetCore" },
        { "Engine", "RulesEngine" },
        { "Engine", "Stateless" },
        { "Engine", "WorkflowDms.Domain" },
        { "Domain", "Microsoft.EntityFrameworkCore" },
        { "Domain", "Microsoft.AspNetCore" },
        { "Domain", "RulesEngine" },
        { "Domain", "WorkflowDms.Engine" },
        { "Persistence", "RulesEngine" },
        { "Persistence", "WorkflowDms.Application" },
        { "Application", "RulesEngine" },
        { "Application", "WorkflowDms.Host" },
        { "Application", "WorkflowDms.Rules" },
        { "Application", "Microsoft.AspNetCore.Http" },
        { "Application", "Microsoft.AspNetCore.Mvc" },
        { "Cli", "Microsoft.AspNetCore.Http" },
    };

    [Theory]
    [MemberData(nameof(Forbidden))]
    public void Project_DoesNotDependOn(string project, string dependency)
    {
        var assembly = project switch
        {
            "Engine" => Engine,
            "Domain" => Domain,
            "Persistence" => Persistence,
            "Application" => Application,
            "Cli" => Cli,
            _ => throw new ArgumentOutOfRangeException(nameof(project)),
        };

        var result = Types.InAssembly(assembly).ShouldNot().HaveDependencyOn(dependency).GetResult();

        Assert.True(result.IsSuccessful, $"{project} depends on {dependency}: {string.Join(", ", result.FailingTypeNames ?? [])}");
    }

    [Fact]
    public void OnlyTheRulesProject_ReferencesRulesEngine()
    {
        Assert.Contains(Rules.GetReferencedAssemblies(), a => a.Name == "RulesEngine");
        Assembly[] others = [Engine, Domain, Persistence, Application, Cli, typeof(Program).Assembly];
        Assert.All(others, a => Assert.DoesNotContain(a.GetReferencedAssemblies(), r => r.Name == "RulesEngine"));
    }

    [Fact]
    public void EngineAndDomain_ReferenceOnlyTheirAllowedPackages()
    {
        Assert.DoesNotContain(Engine.GetReferencedAssemblies(), r => r.Name!.StartsWith("WorkflowDms.", StringComparison.Ordinal));
        Assert.DoesNotContain(Domain.GetReferencedAssemblies(), r => r.Name!.StartsWith("WorkflowDms.", StringComparison.Ordinal));
    }
}
