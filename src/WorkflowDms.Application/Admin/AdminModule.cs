using Microsoft.Extensions.DependencyInjection;
using WorkflowDms.Application.Common;

namespace WorkflowDms.Application.Admin;

/// <summary>The organisation admin: org nodes, dealers and keys, staff users and role assignments.</summary>
internal sealed class AdminModule : IApplicationModule
{
    public void Register(IServiceCollection services)
    {
        services.AddScoped<AdminService>();
        services.AddSingleton<DealerStatusDirectory>();
    }
}
