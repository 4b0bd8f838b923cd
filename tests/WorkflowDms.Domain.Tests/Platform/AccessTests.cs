using WorkflowDms.Domain.Access;
using WorkflowDms.Domain.Errors;
using WorkflowDms.Domain.Organisation;

namespace WorkflowDms.Domain.Tests.Platform;

public sealed class AccessTests
{
    private static readonly DateTime Now = new(2026, 11, 23, 9, 0, 0, DateTimeKind.Utc);
    private static readonly OrgNode Hq = OrgNode.CreateRoot(Guid.NewGuid(), "HQ", "HQ");
    private static readonly OrgNode R1 = OrgNode.CreateUnder(Guid.NewGuid(), "R1", "R1", OrgNodeKind.Region, Hq);
    private static readonly OrgNode B11 = OrgNode.CreateUnder(Guid.NewGuid(), "B11", "B11", OrgNodeKind.Branch, R1);

    [Theory]
    [InlineData("warranty-reviewers@/HQ/R1/", "warranty-reviewers", "/HQ/R1/")]
    [InlineData("a@/", "a", "/")]
    public void Grant_RoundTripsThroughItsClaimForm(string value, string group, string path)
    {
        var grant = AccessGrant.Parse(value);
        Assert.Equal(new AccessGrant(group, path), grant);
        Assert.Equal(value, grant!.ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("@/HQ/")]
    [InlineData("g@HQ/")]
    [InlineData("g@/HQ")]
    [InlineData("g")]
    public void Grant_ParseRefusesMalformedValues(string value) => Assert.Null(AccessGrant.Parse(value));

    [Fact]
    public void Grant_CoversItsGroupInItsSubtreeOnly()
    {
        var grant = new AccessGrant("warranty-reviewers", "/HQ/R1/");
        Assert.True(grant.Covers("warranty-reviewers", "/HQ/R1/B11/D1001/"));
        Assert.False(grant.Covers("warranty-reviewers", "/HQ/R10/"));
        Assert.False(grant.Covers("warranty-supervisors", "/HQ/R1/"));
    }

    [Fact]
    public void RoleAssignment_OutsideTheUsersHome_IsRefused()
    {
        Assert.Equal("/HQ/R1/B11/", RoleAssignment.Create(Guid.NewGuid(), "u1", "/HQ/R1/", "warranty-reviewers", B11, "admin", Now).OrgPath);
        var refused = Assert.Throws<BusinessRuleException>(() => RoleAssignment.Create(Guid.NewGuid(), "u1", "/HQ/R1/B11/", "warranty-reviewers", R1, "admin", Now));
        Assert.Equal("grant-outside-home", refused.Code);
    }

    [Fact]
    public void Substitution_IsActiveInItsPeriodUntilCancelled_SubstituteMustBeAtOrAbove()
    {
        var cover = Substitution.Create(Guid.NewGuid(), "absent", "/HQ/R1/B11/", "sub", "/HQ/R1/", Now, Now.AddDays(2), "absent", Now);
        Assert.True(cover.IsActiveAt(Now.AddHours(1)));
        Assert.False(cover.IsActiveAt(Now.AddDays(2)));
        cover.Cancel(Now.AddHours(2));
        Assert.False(cover.IsActiveAt(Now.AddHours(3)));

        Assert.Equal("substitute-outside-scope", Assert.Throws<BusinessRuleException>(() =>
            Substitution.Create(Guid.NewGuid(), "absent", "/HQ/R1/", "sub", "/HQ/R1/B11/", Now, Now.AddDays(1), "absent", Now)).Code);
        Assert.Equal("invalid-substitution-period", Assert.Throws<BusinessRuleException>(() =>
            Substitution.Create(Guid.NewGuid(), "absent", "/HQ/R1/", "sub", "/HQ/", Now, Now, "absent", Now)).Code);
        Assert.Equal("substitute-is-absent-user", Assert.Throws<BusinessRuleException>(() =>
            Substitution.Create(Guid.NewGuid(), "same", "/HQ/R1/", "same", "/HQ/", Now, Now.AddDays(1), "same", Now)).Code);
    }

    [Theory]
    [InlineData(OrgNodeKind.Branch, null, true)]
    [InlineData(OrgNodeKind.Region, null, false)]
    [InlineData(OrgNodeKind.Dealer, 1, false)]
    public void Hierarchy_UnderARegion_OnlyBranches(OrgNodeKind kind, int? tier, bool allowed)
    {
        var attempt = Record.Exception(() => OrgHierarchy.EnsureAllowed(R1, kind, tier));
        Assert.Equal(allowed, attempt is null);
    }

    [Fact]
    public void Hierarchy_SubDealersHaveAHigherTierThanTheirParent()
    {
        var d1 = OrgNode.CreateUnder(Guid.NewGuid(), "D1", "D1", OrgNodeKind.Dealer, B11, 1);
        Assert.Equal(2, OrgNode.CreateUnder(Guid.NewGuid(), "D2", "D2", OrgNodeKind.ServiceStation, d1, 2).Tier);
        Assert.Throws<BusinessRuleException>(() => OrgNode.CreateUnder(Guid.NewGuid(), "D3", "D3", OrgNodeKind.Dealer, d1, 1));
        Assert.Throws<BusinessRuleException>(() => OrgNode.CreateUnder(Guid.NewGuid(), "D4", "D4", OrgNodeKind.Dealer, B11, 2));
    }
}
