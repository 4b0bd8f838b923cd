using WorkflowDms.Domain.Credit;
using WorkflowDms.Domain.Errors;

namespace WorkflowDms.Domain.Tests.Credit;

/// <summary>Credit account limits (C-12, C-15), open items and the limit request's lifecycle with four-eyes.</summary>
public class CreditTests
{
    private static readonly DateTime Now = TestData.Now;

    private static CreditAccount Account() =>
        CreditAccount.Open(Guid.NewGuid(), TestData.Dealer(), 500_000_00, Now.AddDays(365), "B", Now.AddDays(90), 30, 2_000_000_00, Now);

    [Fact]
    public void EffectiveLimit_IsZeroAfterTheValidToDate_C12()
    {
        var account = Account();

        Assert.Equal(500_000_00, account.EffectiveLimitMinor(Now));
        Assert.Equal(500_000_00, account.EffectiveLimitMinor(Now.Date.AddDays(365)));
        Assert.Equal(0, account.EffectiveLimitMinor(Now.Date.AddDays(366)));
    }

    [Fact]
    public void TemporaryLimit_HoldsUntilItsEnd_ThenTheBaseLimitApplies()
    {
        var account = Account();
        account.ApplyLimit(800_000_00, Now.AddDays(10), Now);

        Assert.Equal(800_000_00, account.EffectiveLimitMinor(Now.AddDays(9)));
        Assert.Equal(500_000_00, account.EffectiveLimitMinor(Now.AddDays(10)));
        Assert.Equal(500_000_00, account.BaseLimitMinor);
    }

    [Fact]
    public void ReviewOverdue_AfterTheNextReviewDay_C11()
    {
        var account = Account();

        Assert.False(account.ReviewOverdue(Now.Date.AddDays(90)));
        Assert.True(account.ReviewOverdue(Now.Date.AddDays(91)));
    }

    [Fact]
    public void OpenItem_ClearsAtMostWhatIsOpen_AndCountsDaysOverdue()
    {
        var item = ReceivableItem.Create(Guid.NewGuid(), Account(), "INV-1", null, 1_000_00, Now, Now.AddDays(30));

        Assert.Equal(0, item.DaysOverdue(Now.AddDays(30)));
        Assert.Equal(5, item.DaysOverdue(Now.AddDays(35)));
        Assert.Equal(400_00, item.Clear(400_00));
        Assert.Equal(600_00, item.Clear(5_000_00));
        Assert.Equal(0, item.OpenMinor);
        Assert.Equal(0, item.DaysOverdue(Now.AddDays(35)));
    }

    [Fact]
    public void LimitRequest_ApprovedByAnother_TakesEffect_ThenExpires()
    {
        var account = Account();
        var request = CreditLimitRequest.Submit(Guid.NewGuid(), account, Guid.NewGuid(), 800_000_00, Now.AddDays(10), "stock build-up", "requester", Now);

        Assert.Equal("four-eyes", Assert.Throws<BusinessRuleException>(() => request.Approve(account, "requester", null, Now)).Code);
        Assert.Equal(CreditLimitRequestStatus.Submitted, request.Status);
        Assert.Equal(500_000_00, account.EffectiveLimitMinor(Now));

        request.Approve(account, "manager", null, Now);
        Assert.Equal(CreditLimitRequestStatus.Effective, request.Status);
        Assert.Equal(800_000_00, account.EffectiveLimitMinor(Now));

        request.Expire(account, Now.AddDays(10));
        Assert.Equal(CreditLimitRequestStatus.Expired, request.Status);
        Assert.Equal(500_000_00, account.EffectiveLimitMinor(Now));
        Assert.Throws<InvalidTransitionException>(() => request.Expire(account, Now));
    }

    [Fact]
    public void LimitRequest_Rejected_IsFinal()
    {
        var account = Account();
        var request = CreditLimitRequest.Submit(Guid.NewGuid(), account, Guid.NewGuid(), 900_000_00, null, "new showroom", "requester", Now);

        request.Reject("manager", "OVD", "overdue items", Now);

        Assert.Equal(CreditLimitRequestStatus.Rejected, request.Status);
        Assert.Throws<InvalidTransitionException>(() => request.Approve(account, "manager", null, Now));
        Assert.Throws<InvalidTransitionException>(() => request.Expire(account, Now));
        Assert.Equal(500_000_00, account.EffectiveLimitMinor(Now));
    }

    [Fact]
    public void LimitRequest_WithAnEndInThePast_IsRefused() =>
        Assert.Throws<BusinessRuleException>(() => CreditLimitRequest.Submit(Guid.NewGuid(), Account(), Guid.NewGuid(), 1, Now.AddDays(-1), "x", "r", Now));
}
