using Microsoft.Extensions.DependencyInjection;
using WorkflowDms.Application.Common;

namespace WorkflowDms.Application.Inbox;

/// <summary>The inbox beyond list-claim-decide: saved filters, the case beside a task, and the task copies of case columns.</summary>
internal sealed class InboxModule : IApplicationModule
{
    public void Register(IServiceCollection services)
    {
        services.AddScoped<TaskCaseSync>();
        services.AddScoped<SavedFilters>();
        services.AddScoped<TaskCases>();
        services.AddScoped<StaffProfiles>();
    }
}
