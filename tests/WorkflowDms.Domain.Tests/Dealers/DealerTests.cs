using WorkflowDms.Domain.Dealers;
using WorkflowDms.Domain.Errors;
using WorkflowDms.Domain.Organisation;

namespace WorkflowDms.Domain.Tests.Dealers;

public class DealerTests
{
    [Fact]
    public void Create_TakesCodePathAndTierFromItsNode()
    {
        var dealer = TestData.Dealer();

        Assert.Equal(("D1001", "/HQ/R1/B11/D1001/", 1, true), (dealer.Code, dealer.OrgPath, dealer.Tier, dealer.Active));
        Assert.Equal(new DealerWarrantyTerms(true, 12_000, 30, 500_000, 2_000_000), dealer.Terms);
    }

    [Fact]
    public void Create_OnABranchNode_IsRefused()
    {
        var branch = OrgNode.CreateChild(Guid.NewGuid(), "B1", "B1", OrgNodeKind.Branch, TestData.Headquarters);

        Assert.Throws<BusinessRuleException>(() => Dealer.Create(Guid.NewGuid(), "x", branch, "CNY", new DealerWarrantyTerms(true, 1, 1, 1, 1)));
    }

    [Fact]
    public void ChangeTerms_Negative_IsRefused() =>
        Assert.Throws<BusinessRuleException>(() => TestData.Dealer().ChangeTerms(new DealerWarrantyTerms(true, -1, 30, 0, 0)));
}
