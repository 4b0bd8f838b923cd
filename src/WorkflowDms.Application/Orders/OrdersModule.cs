using FluentValidation;
using Microsoft.Extensions.DependencyInjection;
using WorkflowDms.Application.Common;
using WorkflowDms.Application.Inbox;
using WorkflowDms.Application.Orders.Steps;
using WorkflowDms.Application.Policies;
using WorkflowDms.Application.Workflows;
using WorkflowDms.Engine.Ports;

namespace WorkflowDms.Application.Orders;

/// <summary>Vehicle and parts orders: use cases, case type, rule facts (order and credit policy), task forms and step handlers.</summary>
internal sealed class OrdersModule : IApplicationModule
{
    public void Register(IServiceCollection services)
    {
        services.AddSingleton<IValidator<OrderRequest>, OrderRequestValidator>();
        services.AddScoped<OrderService>();
        services.AddScoped<PriceListService>();
        services.AddSingleton<ICaseType, OrderCaseType>();
        services.AddScoped<IRuleFactsProvider, OrderPolicyFacts>();
        services.AddScoped<IRuleFactsProvider, CreditPolicyFacts>();
        services.AddSingleton<ITaskForm, OrderApprovalForm>();
        services.AddSingleton<ITaskForm, CreditDecisionForm>();
        services.AddSingleton<ITaskForm, OrderApprovalGapForm>();
        services.AddScoped<OrderStepContext>();
        services.AddScoped<IServiceTaskHandler, HoldOrderHandler>();
        services.AddScoped<IServiceTaskHandler, RejectOrderHandler>();
        services.AddScoped<IServiceTaskHandler, CancelOrderHandler>();
        services.AddScoped<IServiceTaskHandler, CreditBlockOrderHandler>();
        services.AddScoped<IServiceTaskHandler, RouteOrderToApprovalHandler>();
        services.AddScoped<IServiceTaskHandler, ApproveOrderHandler>();
        services.AddScoped<IServiceTaskHandler, EscalateOrderApprovalHandler>();
        services.AddScoped<IServiceTaskHandler, HoldOrderForApproverHandler>();
        services.AddScoped<IServiceTaskHandler, EscalateOrderApprovalGapHandler>();
    }
}
