using CsCheck;

namespace WorkflowDms.Reliability.Tests.OpenApi;

/// <summary>A generator of null (<c>Gen.Const(null)</c> is ambiguous between CsCheck's two overloads).</summary>
internal static class NullGen
{
    public static Gen<T?> Of<T>()
        where T : class => Gen.Const((Func<T?>)(() => null));
}
