using Microsoft.Extensions.DependencyInjection;

namespace WorkflowDms.Application.Common;

/// <summary>
/// One business area's registrations (claims, orders, credit, recalls, returns…). Modules are found in
/// this assembly at start-up, so adding an area is adding a folder, not editing a shared list.
/// </summary>
public interface IApplicationModule
{
    void Register(IServiceCollection services);
}
