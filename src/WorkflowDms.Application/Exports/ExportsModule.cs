using Microsoft.Extensions.DependencyInjection;
using WorkflowDms.Application.Common;

namespace WorkflowDms.Application.Exports;

/// <summary>ERP exports (CSV, XML) by period within scope.</summary>
internal sealed class ExportsModule : IApplicationModule
{
    public void Register(IServiceCollection services) => services.AddScoped<ExportService>();
}
