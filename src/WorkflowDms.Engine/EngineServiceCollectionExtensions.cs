using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using WorkflowDms.Engine.Deployment;
using WorkflowDms.Engine.Execution;
using WorkflowDms.Engine.Ports;

namespace WorkflowDms.Engine;

/// <summary>Registers the BPMN engine.</summary>
public static class EngineServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="WorkflowExecutor"/> and <see cref="BpmnDeployer"/> as singletons (both are stateless).
    /// The application registers the ports: <see cref="IRuleEvaluator"/> (AddPolicyRules),
    /// <see cref="IProcessDefinitionSource"/> and any number of <see cref="IServiceTaskHandler"/>s.
    /// </summary>
    public static IServiceCollection AddWorkflowEngine(this IServiceCollection services)
    {
        services.TryAddSingleton(sp => new WorkflowExecutor(
            sp.GetRequiredService<IRuleEvaluator>(),
            sp.GetServices<IServiceTaskHandler>(),
            sp.GetRequiredService<IProcessDefinitionSource>()));
        services.TryAddSingleton(sp => new BpmnDeployer(
            sp.GetService<IRuleEvaluator>(),
            sp.GetServices<IServiceTaskHandler>()));
        return services;
    }
}
