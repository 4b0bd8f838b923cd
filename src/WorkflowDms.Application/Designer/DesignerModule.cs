using Microsoft.Extensions.DependencyInjection;
using WorkflowDms.Application.Common;
using WorkflowDms.Application.Designer.Forms;
using WorkflowDms.Application.Designer.Workflows;
using WorkflowDms.Application.Workflows;

namespace WorkflowDms.Application.Designer;

/// <summary>The designer's workflows and forms: validation, drafts, publishing, diffs, and the shipped forms' deployment.</summary>
internal sealed class DesignerModule : IApplicationModule
{
    public void Register(IServiceCollection services)
    {
        // forms/ sits beside workflows/ wherever the host finds them (the build copies both next to the binaries).
        services.AddSingleton(sp => new FormSources(Path.Combine(Path.GetDirectoryName(Path.GetFullPath(sp.GetRequiredService<WorkflowSources>().Directory).TrimEnd(Path.DirectorySeparatorChar))!, "forms")));
        services.AddSingleton<FormSchemaValidator>();
        services.AddScoped<FormDeployer>();
        services.AddScoped<FormDesignerService>();
        services.AddScoped<WorkflowValidator>();
        services.AddScoped<WorkflowDesignerService>();
        services.AddScoped<DesignerCapabilities>();
    }
}
