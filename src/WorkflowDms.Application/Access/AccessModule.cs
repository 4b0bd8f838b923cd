using Microsoft.Extensions.DependencyInjection;
using WorkflowDms.Application.Common;

namespace WorkflowDms.Application.Access;

/// <summary>Access: grants (read at sign-in) and out-of-office substitution.</summary>
internal sealed class AccessModule : IApplicationModule
{
    public void Register(IServiceCollection services) => services.AddScoped<SubstitutionService>();
}
