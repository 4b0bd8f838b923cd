using Microsoft.Extensions.DependencyInjection;
using WorkflowDms.Application.Common;
using WorkflowDms.Application.Demo;
using WorkflowDms.Application.Inbox;
using WorkflowDms.Application.Workflows;
using WorkflowDms.Engine.Ports;

namespace WorkflowDms.Application.Credit;

/// <summary>Dealer credit: the postings ledger (also the <see cref="ICreditPostings"/> other areas use), account use cases and limit requests.</summary>
internal sealed class CreditModule : IApplicationModule
{
    public void Register(IServiceCollection services)
    {
        services.AddScoped<CreditLedger>();
        services.AddScoped<ICreditPostings>(sp => sp.GetRequiredService<CreditLedger>());
        services.AddScoped<CreditService>();
        services.AddSingleton<ICaseType, CreditLimitCaseType>();
        services.AddSingleton<ITaskForm, CreditLimitDecisionForm>();
        services.AddScoped<CreditLimitSteps>();
        services.AddScoped<IServiceTaskHandler, ApproveCreditLimitHandler>();
        services.AddScoped<IServiceTaskHandler, RejectCreditLimitHandler>();
        services.AddScoped<IServiceTaskHandler, ExpireCreditLimitHandler>();
        services.AddScoped<IServiceTaskHandler, EscalateCreditLimitHandler>();
        services.AddScoped<IDemoSeedStep, OrderAndCreditDemoSeed>();
    }
}
