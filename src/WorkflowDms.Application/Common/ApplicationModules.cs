using System.Reflection;
using Microsoft.Extensions.DependencyInjection;

namespace WorkflowDms.Application.Common;

/// <summary>Finds and runs every <see cref="IApplicationModule"/> of an assembly, in a stable order.</summary>
public static class ApplicationModules
{
    public static IServiceCollection AddModulesFrom(this IServiceCollection services, Assembly assembly)
    {
        var modules = assembly.GetTypes()
            .Where(t => t is { IsAbstract: false, IsInterface: false } && typeof(IApplicationModule).IsAssignableFrom(t))
            .OrderBy(t => t.FullName, StringComparer.Ordinal);
        foreach (var type in modules)
        {
            ((IApplicationModule)Activator.CreateInstance(type, nonPublic: true)!).Register(services);
        }

        return services;
    }
}
