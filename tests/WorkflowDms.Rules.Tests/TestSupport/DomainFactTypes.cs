using WorkflowDms.Domain.Policies;

namespace WorkflowDms.Rules.Tests.TestSupport;

/// <summary>The fact types the host passes: everything in WorkflowDms.Domain.Policies.</summary>
internal static class DomainFactTypes
{
    public static IFactTypeResolver Resolver { get; } =
        FactTypeResolver.FromNamespace(typeof(ClaimFacts).Assembly, "WorkflowDms.Domain.Policies");
}
