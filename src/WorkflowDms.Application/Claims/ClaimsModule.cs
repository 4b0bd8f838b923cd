using FluentValidation;
using Microsoft.Extensions.DependencyInjection;
using WorkflowDms.Application.Claims.Steps;
using WorkflowDms.Application.Common;
using WorkflowDms.Application.Demo;
using WorkflowDms.Application.Inbox;
using WorkflowDms.Application.Policies;
using WorkflowDms.Application.Workflows;
using WorkflowDms.Engine.Ports;

namespace WorkflowDms.Application.Claims;

/// <summary>Warranty claims: use cases, case type, rule facts, task forms and the process's step handlers.</summary>
internal sealed class ClaimsModule : IApplicationModule
{
    public void Register(IServiceCollection services)
    {
        services.AddSingleton<IValidator<ClaimSubmission>, ClaimSubmissionValidator>();
        services.AddSingleton<IValidator<ClaimLineDecisions>, ClaimLineDecisionsValidator>();
        services.AddScoped<ClaimService>();
        services.AddScoped<IDemoSeedStep, WarrantyDemoSeed>();
        services.AddSingleton<ICaseType, ClaimCaseType>();
        services.AddScoped<IRuleFactsProvider, ClaimRuleFacts>();
        services.AddSingleton<ITaskForm, ClaimReviewForm>();
        services.AddSingleton<ITaskForm, PartInspectionForm>();
        services.AddSingleton<ITaskForm, ClaimAppealReviewForm>();
        services.AddScoped<ClaimStepContext>();
        services.AddScoped<IServiceTaskHandler, ApproveClaimHandler>();
        services.AddScoped<IServiceTaskHandler, SendBackClaimHandler>();
        services.AddScoped<IServiceTaskHandler, RejectClaimHandler>();
        services.AddScoped<IServiceTaskHandler, RouteClaimToReviewHandler>();
        services.AddScoped<IServiceTaskHandler, EscalateClaimReviewHandler>();
        services.AddScoped<IServiceTaskHandler, RequestPartsReturnHandler>();
        services.AddScoped<IServiceTaskHandler, ApproveClaimForPaymentHandler>();
        services.AddScoped<IServiceTaskHandler, ChargeBackClaimHandler>();
        services.AddScoped<IServiceTaskHandler, ReopenClaimForAppealHandler>();
    }
}
