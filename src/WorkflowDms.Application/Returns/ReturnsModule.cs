using FluentValidation;
using Microsoft.Extensions.DependencyInjection;
using WorkflowDms.Application.Common;
using WorkflowDms.Application.Demo;
using WorkflowDms.Application.Inbox;
using WorkflowDms.Application.Policies;
using WorkflowDms.Application.Returns.Steps;
using WorkflowDms.Application.Workflows;
using WorkflowDms.Engine.Ports;

namespace WorkflowDms.Application.Returns;

/// <summary>Parts returns: use cases, case type, rule facts, task forms, the process's step handlers and demo data.</summary>
internal sealed class ReturnsModule : IApplicationModule
{
    public void Register(IServiceCollection services)
    {
        services.AddSingleton<IValidator<ReturnSubmission>, ReturnSubmissionValidator>();
        services.AddScoped<ReturnService>();
        services.AddSingleton<ICaseType, ReturnCaseType>();
        services.AddScoped<IRuleFactsProvider, ReturnRuleFacts>();
        services.AddSingleton<ITaskForm, ReturnApprovalForm>();
        services.AddSingleton<ITaskForm, ReturnInspectionForm>();
        services.AddScoped<IDemoSeedStep, ReturnsDemoSeed>();
        services.AddScoped<ReturnStepContext>();
        services.AddScoped<IServiceTaskHandler, ApproveReturnHandler>();
        services.AddScoped<IServiceTaskHandler, CreateReturnOrderHandler>();
        services.AddScoped<IServiceTaskHandler, RejectReturnHandler>();
        services.AddScoped<IServiceTaskHandler, EscalateReturnApprovalHandler>();
        services.AddScoped<IServiceTaskHandler, CancelReturnHandler>();
        services.AddScoped<IServiceTaskHandler, ExpireRmaHandler>();
        services.AddScoped<IServiceTaskHandler, RecordShipmentHandler>();
        services.AddScoped<IServiceTaskHandler, RecordReceiptHandler>();
        services.AddScoped<IServiceTaskHandler, RecordInspectionHandler>();
        services.AddScoped<IServiceTaskHandler, IssueCreditNoteHandler>();
        services.AddScoped<IServiceTaskHandler, CloseReturnHandler>();
    }
}
