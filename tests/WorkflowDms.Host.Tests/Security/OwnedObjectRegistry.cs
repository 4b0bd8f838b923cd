namespace WorkflowDms.Host.Tests.Security;

/// <summary>Factories of owned objects, keyed by "METHOD /api/v1/template" exactly as the OpenAPI document names the route.</summary>
internal sealed class OwnedObjectRegistry
{
    private readonly Dictionary<string, Func<MatrixContext, Task<OwnedObject>>> factories = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, Func<MatrixContext, Task<OwnedObject>>> Factories => factories;

    public static string Key(string method, string template) => method.ToUpperInvariant() + " " + template;

    public void Add(string method, string template, Func<MatrixContext, Task<OwnedObject>> factory)
    {
        if (!factories.TryAdd(Key(method, template), factory))
        {
            throw new InvalidOperationException($"Two factories for {Key(method, template)}.");
        }
    }

    /// <summary>The same factory for several routes of one object.</summary>
    public void Add(IEnumerable<(string Method, string Template)> routes, Func<MatrixContext, Task<OwnedObject>> factory)
    {
        foreach (var (method, template) in routes)
        {
            Add(method, template, factory);
        }
    }
}
