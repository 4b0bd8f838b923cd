using Microsoft.Extensions.DependencyInjection;
using WorkflowDms.Application.Auditing;
using WorkflowDms.Application.Common;
using WorkflowDms.Application.Demo;
using WorkflowDms.Application.Events;
using WorkflowDms.Application.Inbox;
using WorkflowDms.Application.Policies;
using WorkflowDms.Application.Workflows;

namespace WorkflowDms.Application;

/// <summary>
/// Registers the shared machinery (command runner, workflow runtime, audit trail, inbox) and every business
/// area's <see cref="IApplicationModule"/> found in this assembly.
/// </summary>
public static class ApplicationServiceCollectionExtensions
{
    /// <param name="services">The service collection.</param>
    /// <param name="workflowsDirectory">Folder of the shipped <c>*.bpmn</c> files, deployed at start-up.</param>
    public static IServiceCollection AddWorkflowDmsApplication(this IServiceCollection services, string workflowsDirectory)
    {
        services.AddSingleton(new WorkflowSources(workflowsDirectory));
        services.AddSingleton<DeployedDefinitions>();
        services.AddSingleton<CommandRunner>();
        services.AddSingleton<DueTimerFirer>();
        services.AddScoped<WorkflowDeployer>();
        services.AddScoped<ExecutionScope>();
        services.AddScoped<AuditTrail>();
        services.AddScoped<CaseEvents>();
        services.AddScoped<CaseDirectory>();
        services.AddScoped<CaseRuleEvaluator>();
        services.AddScoped<WorkflowRuntime>();
        services.AddSingleton<TaskForms>();
        services.AddScoped<InboxService>();
        services.AddScoped<AuditQueries>();
        services.AddScoped<DemoSeeder>();
        return services.AddModulesFrom(typeof(ApplicationServiceCollectionExtensions).Assembly);
    }
}
