using Microsoft.Extensions.DependencyInjection;
using WorkflowDms.Application.Common;

namespace WorkflowDms.Application.Settlement;

/// <summary>Warranty settlement: payment batches per dealer and period, credit notes to the dealers.</summary>
internal sealed class SettlementModule : IApplicationModule
{
    public void Register(IServiceCollection services) => services.AddScoped<SettlementService>();
}
