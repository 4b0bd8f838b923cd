using Microsoft.Extensions.DependencyInjection;
using WorkflowDms.Application.Common;

namespace WorkflowDms.Application.Designer.RuleSets;

/// <summary>Rule-set versions and the designer's rule-set use cases. The host registers the <see cref="IRuleSetEngine"/>.</summary>
internal sealed class RuleSetsModule : IApplicationModule
{
    public void Register(IServiceCollection services)
    {
        services.AddScoped<RuleSetDesigner>();
        services.AddScoped<RuleSetDeployer>();
    }
}
