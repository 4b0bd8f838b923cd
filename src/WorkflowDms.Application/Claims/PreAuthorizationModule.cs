using FluentValidation;
using Microsoft.Extensions.DependencyInjection;
using WorkflowDms.Application.Common;
using WorkflowDms.Application.Inbox;
using WorkflowDms.Application.Workflows;
using WorkflowDms.Engine.Ports;

namespace WorkflowDms.Application.Claims;

/// <summary>
/// Pre-authorisations: use cases, the case type and review form of <c>workflows/pre-authorisation.bpmn</c>, and
/// its step handlers.
/// </summary>
internal sealed class PreAuthorizationModule : IApplicationModule
{
    public void Register(IServiceCollection services)
    {
        services.AddSingleton<IValidator<PreAuthorizationSubmission>, PreAuthorizationSubmissionValidator>();
        services.AddSingleton<IValidator<PreAuthorizationDecision>, PreAuthorizationDecisionValidator>();
        services.AddScoped<PreAuthorizationService>();
        services.AddSingleton<ICaseType, PreAuthorizationCaseType>();
        services.AddSingleton<ITaskForm, PreAuthorizationReviewForm>();
        services.AddScoped<PreAuthorizationStepContext>();
        services.AddScoped<IServiceTaskHandler, PreAuthorizationApproveHandler>();
        services.AddScoped<IServiceTaskHandler, PreAuthorizationRejectHandler>();
        services.AddScoped<IServiceTaskHandler, PreAuthorizationSendBackHandler>();
        services.AddScoped<IServiceTaskHandler, PreAuthorizationEscalateHandler>();
    }
}
