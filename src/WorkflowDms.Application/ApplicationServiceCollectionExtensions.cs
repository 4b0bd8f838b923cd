using FluentValidation;
using Microsoft.Extensions.DependencyInjection;
using WorkflowDms.Application.Auditing;
using WorkflowDms.Application.Claims;
using WorkflowDms.Application.Common;
using WorkflowDms.Application.Demo;
using WorkflowDms.Application.Inbox;
using WorkflowDms.Application.Workflows;
using WorkflowDms.Application.Workflows.Handlers;
using WorkflowDms.Engine.Ports;

namespace WorkflowDms.Application;

/// <summary>Registers the use cases, the workflow runtime and its handlers.</summary>
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
        services.AddScoped<CaseDirectory>();
        services.AddScoped<CaseRuleEvaluator>();
        services.AddScoped<WorkflowRuntime>();
        services.AddScoped<ClaimStepContext>();
        services.AddScoped<IServiceTaskHandler, ApproveClaimHandler>();
        services.AddScoped<IServiceTaskHandler, SendBackClaimHandler>();
        services.AddScoped<IServiceTaskHandler, RejectClaimHandler>();
        services.AddScoped<IServiceTaskHandler, RouteClaimToReviewHandler>();
        services.AddScoped<IServiceTaskHandler, EscalateClaimReviewHandler>();
        services.AddScoped<IServiceTaskHandler, RequestPartsReturnHandler>();
        services.AddScoped<IServiceTaskHandler, ApproveClaimForPaymentHandler>();
        services.AddScoped<IServiceTaskHandler, ChargeBackClaimHandler>();

        services.AddSingleton<IValidator<ClaimSubmission>, ClaimSubmissionValidator>();
        services.AddScoped<ClaimService>();
        services.AddScoped<InboxService>();
        services.AddScoped<AuditQueries>();
        services.AddScoped<DemoSeeder>();
        return services;
    }
}
