namespace WorkflowDms.Host.Endpoints;

/// <summary>Maps every <see cref="IEndpointModule"/> of the host, in a stable order.</summary>
internal static class EndpointModules
{
    public static void MapEndpointModules(this IEndpointRouteBuilder api)
    {
        var modules = typeof(EndpointModules).Assembly.GetTypes()
            .Where(t => t is { IsAbstract: false, IsInterface: false } && typeof(IEndpointModule).IsAssignableFrom(t))
            .OrderBy(t => t.FullName, StringComparer.Ordinal);
        foreach (var type in modules)
        {
            ((IEndpointModule)Activator.CreateInstance(type)!).Map(api);
        }
    }
}
