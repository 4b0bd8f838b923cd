using WorkflowDms.Domain.Errors;
using WorkflowDms.Domain.Organisation;

namespace WorkflowDms.Domain.Tests.Organisation;

public class OrgScopeTests
{
    [Theory]
    [InlineData("/HQ/", "/HQ/R1/B11/D1001/", true)]
    [InlineData("/HQ/R1/", "/HQ/R1/", true)]
    [InlineData("/HQ/R1/", "/HQ/R10/B1/", false)]
    [InlineData("/HQ/R1/B11/D1001/", "/HQ/R1/B11/D1001/D1002/", true)]
    [InlineData("/HQ/R1/B11/D1001/D1002/", "/HQ/R1/B11/D1001/", false)]
    [InlineData("/HQ/R1/B11/", "/HQ/R1/B12/D2001/", false)]
    [InlineData("/hq/", "/HQ/R1/", false)]
    public void Contains_IsAnOrdinalPrefixMatchOnWholeSegments(string scope, string path, bool expected) =>
        Assert.Equal(expected, new OrgScope(scope).Contains(path));

    [Theory]
    [InlineData("")]
    [InlineData("HQ/")]
    [InlineData("/HQ")]
    [InlineData("/HQ//R1/")]
    public void New_InvalidPath_IsRefused(string path) =>
        Assert.Throws<BusinessRuleException>(() => new OrgScope(path));

    [Fact]
    public void Default_ContainsNothing() => Assert.False(default(OrgScope).Contains("/HQ/"));

    [Fact]
    public void CreateChild_BuildsMaterialisedPathsAndSubDealersNestUnderTheirTierOneDealer()
    {
        var hq = OrgNode.CreateRoot(Guid.NewGuid(), "HQ", "HQ");
        var region = OrgNode.CreateChild(Guid.NewGuid(), "R1", "R1", OrgNodeKind.Region, hq);
        var branch = OrgNode.CreateChild(Guid.NewGuid(), "B11", "B11", OrgNodeKind.Branch, region);
        var tier1 = OrgNode.CreateChild(Guid.NewGuid(), "D1001", "D1001", OrgNodeKind.Dealer, branch, 1);
        var tier2 = OrgNode.CreateChild(Guid.NewGuid(), "D1002", "D1002", OrgNodeKind.Dealer, tier1, 2);

        Assert.Equal("/HQ/R1/B11/D1001/D1002/", tier2.Path);
        Assert.Equal(tier1.Id, tier2.ParentId);
        Assert.True(tier1.Scope.Contains(tier2.Path));
        Assert.False(tier2.Scope.Contains(tier1.Path));
    }

    [Theory]
    [InlineData(OrgNodeKind.Dealer, null)]
    [InlineData(OrgNodeKind.Dealer, 4)]
    [InlineData(OrgNodeKind.Branch, 1)]
    [InlineData(OrgNodeKind.Headquarters, null)]
    public void CreateChild_WrongTierForKind_IsRefused(OrgNodeKind kind, int? tier) =>
        Assert.Throws<BusinessRuleException>(() => OrgNode.CreateChild(Guid.NewGuid(), "X", "X", kind, TestData.Headquarters, tier));

    [Fact]
    public void CreateChild_CodeWithSlash_IsRefused() =>
        Assert.Throws<BusinessRuleException>(() => OrgNode.CreateChild(Guid.NewGuid(), "R/1", "R1", OrgNodeKind.Region, TestData.Headquarters));
}
