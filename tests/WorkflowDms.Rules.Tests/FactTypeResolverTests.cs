using WorkflowDms.Domain.Policies;

namespace WorkflowDms.Rules.Tests;

public sealed class FactTypeResolverTests
{
    [Fact]
    public void FromNamespace_ResolvesEveryPublicTypeOfTheNamespace_ByShortName()
    {
        var resolver = FactTypeResolver.FromNamespace(typeof(ClaimFacts).Assembly, "WorkflowDms.Domain.Policies");

        Assert.True(resolver.TryResolve("ClaimFacts", out var claim));
        Assert.Equal(typeof(ClaimFacts), claim);
        Assert.Superset(
            new HashSet<Type> { typeof(ClaimFacts), typeof(ClaimLineFacts), typeof(VehicleFacts), typeof(DealerFacts) },
            resolver.Types.Values.ToHashSet());
        Assert.All(resolver.Types.Values, t => Assert.Equal("WorkflowDms.Domain.Policies", t.Namespace));
    }

    [Fact]
    public void TryResolve_UnknownOrWrongCase_IsFalse()
    {
        var resolver = FactTypeResolver.FromTypes(typeof(ClaimFacts));

        Assert.False(resolver.TryResolve("claimfacts", out _));
        Assert.False(resolver.TryResolve("VehicleFacts", out _));
    }

    [Fact]
    public void FromNamespace_WithNoPublicType_Throws()
    {
        Assert.Throws<ArgumentException>(() => FactTypeResolver.FromNamespace(typeof(ClaimFacts).Assembly, "WorkflowDms.Nowhere"));
    }

    [Fact]
    public void FromTypes_TwoTypesWithOneShortName_Throws()
    {
        Assert.Throws<ArgumentException>(() => FactTypeResolver.FromTypes(typeof(ClaimFacts), typeof(Lookalikes.ClaimFacts)));
    }
}
