using Microsoft.Extensions.DependencyInjection;
using WorkflowDms.Application.Common;

namespace WorkflowDms.Application.Statistics;

/// <summary>Statistics per dealer, branch and region within scope.</summary>
internal sealed class StatisticsModule : IApplicationModule
{
    public void Register(IServiceCollection services) => services.AddScoped<StatisticsService>();
}
