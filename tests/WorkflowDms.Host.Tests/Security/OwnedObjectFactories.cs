using System.Reflection;

namespace WorkflowDms.Host.Tests.Security;

/// <summary>
/// The registry of owned-object factories for the access matrix, one partial file per area
/// (<c>OwnedObjectFactories.&lt;Area&gt;.cs</c>). Each file adds a <c>private static void Register&lt;Area&gt;(OwnedObjectRegistry registry)</c>;
/// they are found by name, so an area adds its file without touching this one.
/// </summary>
internal static partial class OwnedObjectFactories
{
    public static OwnedObjectRegistry Build()
    {
        var registry = new OwnedObjectRegistry();
        var areas = typeof(OwnedObjectFactories).GetMethods(BindingFlags.NonPublic | BindingFlags.Static)
            .Where(m => m.Name.StartsWith("Register", StringComparison.Ordinal) && m.GetParameters() is [{ ParameterType: var p }] && p == typeof(OwnedObjectRegistry))
            .OrderBy(m => m.Name, StringComparer.Ordinal);
        foreach (var area in areas)
        {
            area.Invoke(null, [registry]);
        }

        return registry;
    }

    private static Dictionary<string, string> Id(string id) => new(StringComparer.Ordinal) { ["id"] = id };
}
