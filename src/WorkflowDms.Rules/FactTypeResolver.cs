using System.Diagnostics.CodeAnalysis;
using System.Reflection;

namespace WorkflowDms.Rules;

/// <summary>A fact-type resolver over a fixed set of types, looked up by their short name (case-sensitive).</summary>
public sealed class FactTypeResolver : IFactTypeResolver
{
    private readonly Dictionary<string, Type> _types;

    /// <summary>Creates a resolver from explicit name → type pairs.</summary>
    public FactTypeResolver(IReadOnlyDictionary<string, Type> types)
    {
        ArgumentNullException.ThrowIfNull(types);
        _types = new Dictionary<string, Type>(types, StringComparer.Ordinal);
    }

    /// <summary>The types this resolver knows, by name.</summary>
    public IReadOnlyDictionary<string, Type> Types => _types;

    /// <summary>
    /// Every public, non-generic class, record or struct declared directly in <paramref name="namespace"/> of
    /// <paramref name="assembly"/>, by its short name; e.g. the host passes <c>WorkflowDms.Domain.Policies</c>.
    /// </summary>
    /// <exception cref="ArgumentException">The namespace holds no public type.</exception>
    public static FactTypeResolver FromNamespace(Assembly assembly, string @namespace)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        ArgumentException.ThrowIfNullOrWhiteSpace(@namespace);
        var types = assembly.GetExportedTypes()
            .Where(t => t.Namespace == @namespace && !t.IsGenericTypeDefinition && !t.IsInterface && !t.IsNested)
            .ToDictionary(t => t.Name, t => t, StringComparer.Ordinal);
        if (types.Count == 0)
        {
            throw new ArgumentException(
                $"Assembly '{assembly.GetName().Name}' has no public type in namespace '{@namespace}'.", nameof(@namespace));
        }

        return new FactTypeResolver(types);
    }

    /// <summary>A resolver for the given types, each under its short name.</summary>
    /// <exception cref="ArgumentException">Two types share a short name.</exception>
    public static FactTypeResolver FromTypes(params Type[] types)
    {
        ArgumentNullException.ThrowIfNull(types);
        var byName = new Dictionary<string, Type>(StringComparer.Ordinal);
        foreach (var type in types)
        {
            if (!byName.TryAdd(type.Name, type))
            {
                throw new ArgumentException($"Two fact types are named '{type.Name}'.", nameof(types));
            }
        }

        return new FactTypeResolver(byName);
    }

    /// <inheritdoc />
    public bool TryResolve(string name, [NotNullWhen(true)] out Type? type) => _types.TryGetValue(name, out type);
}
