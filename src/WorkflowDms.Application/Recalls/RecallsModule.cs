using FluentValidation;
using Microsoft.Extensions.DependencyInjection;
using WorkflowDms.Application.Common;
using WorkflowDms.Application.Demo;
using WorkflowDms.Application.Policies;
using WorkflowDms.Application.Recalls.Steps;
using WorkflowDms.Application.Workflows;
using WorkflowDms.Engine.Ports;

namespace WorkflowDms.Application.Recalls;

/// <summary>Recall campaigns: use cases, the import job, case type, rule facts, the process's step handlers and demo data.</summary>
internal sealed class RecallsModule : IApplicationModule
{
    public void Register(IServiceCollection services)
    {
        services.AddSingleton<IValidator<RecallCampaignRequest>, RecallCampaignRequestValidator>();
        services.AddSingleton<IValidator<VinRangeRequest>, VinRangeRequestValidator>();
        services.AddSingleton<IValidator<RecallClaimRequest>, RecallClaimRequestValidator>();
        services.AddScoped<RecallCampaignService>();
        services.AddScoped<RecallImportService>();
        services.AddScoped<RecallQueries>();
        services.AddScoped<RecallClaimService>();
        services.AddScoped<RecallChanges>();
        services.AddSingleton<RecallImportRunner>();
        services.AddSingleton<ICaseType, RecallCaseType>();
        services.AddScoped<IRuleFactsProvider, RecallRuleFacts>();
        services.AddScoped<RecallStepContext>();
        services.AddScoped<IServiceTaskHandler, NotifyDealersHandler>();
        services.AddScoped<IServiceTaskHandler, HoldLaunchHandler>();
        services.AddScoped<IServiceTaskHandler, RecheckLaunchHandler>();
        services.AddScoped<IServiceTaskHandler, LaunchCampaignHandler>();
        services.AddScoped<IServiceTaskHandler, NotifyOwnersHandler>();
        services.AddScoped<IServiceTaskHandler, CheckCompletionHandler>();
        services.AddScoped<IServiceTaskHandler, FollowUpHandler>();
        services.AddScoped<IDemoSeedStep, RecallDemoSeed>();
    }
}
