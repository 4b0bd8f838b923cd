using WorkflowDms.Domain.Errors;
using WorkflowDms.Domain.Orders;

namespace WorkflowDms.Domain.Tests.Orders;

/// <summary>The order's action matrix: every legal move lands where it should, every other (status, action) pair is a 409.</summary>
public class OrderLifecycleTests
{
    private const string Creator = "creator-1";

    private static readonly Dictionary<(OrderStatus From, OrderTrigger Trigger), OrderStatus> Legal = new()
    {
        [(OrderStatus.Draft, OrderTrigger.Maintain)] = OrderStatus.Draft,
        [(OrderStatus.Draft, OrderTrigger.Submit)] = OrderStatus.Submitted,
        [(OrderStatus.Draft, OrderTrigger.Cancel)] = OrderStatus.Cancelled,
        [(OrderStatus.Submitted, OrderTrigger.Hold)] = OrderStatus.OnHold,
        [(OrderStatus.Submitted, OrderTrigger.CreditBlock)] = OrderStatus.CreditBlocked,
        [(OrderStatus.Submitted, OrderTrigger.RouteToApproval)] = OrderStatus.PendingApproval,
        [(OrderStatus.Submitted, OrderTrigger.Reject)] = OrderStatus.Rejected,
        [(OrderStatus.Adjusted, OrderTrigger.Hold)] = OrderStatus.OnHold,
        [(OrderStatus.Adjusted, OrderTrigger.CreditBlock)] = OrderStatus.CreditBlocked,
        [(OrderStatus.Adjusted, OrderTrigger.RouteToApproval)] = OrderStatus.PendingApproval,
        [(OrderStatus.Adjusted, OrderTrigger.Reject)] = OrderStatus.Rejected,
        [(OrderStatus.OnHold, OrderTrigger.Adjust)] = OrderStatus.Adjusted,
        [(OrderStatus.OnHold, OrderTrigger.Cancel)] = OrderStatus.Cancelled,
        [(OrderStatus.OnHold, OrderTrigger.RouteToApproval)] = OrderStatus.PendingApproval,
        [(OrderStatus.OnHold, OrderTrigger.Reject)] = OrderStatus.Rejected,
        [(OrderStatus.CreditBlocked, OrderTrigger.CreditBlock)] = OrderStatus.CreditBlocked,
        [(OrderStatus.CreditBlocked, OrderTrigger.RouteToApproval)] = OrderStatus.PendingApproval,
        [(OrderStatus.CreditBlocked, OrderTrigger.Reject)] = OrderStatus.Rejected,
        [(OrderStatus.CreditBlocked, OrderTrigger.Hold)] = OrderStatus.OnHold,
        [(OrderStatus.PendingApproval, OrderTrigger.Approve)] = OrderStatus.Approved,
        [(OrderStatus.PendingApproval, OrderTrigger.Reject)] = OrderStatus.Rejected,
        [(OrderStatus.Approved, OrderTrigger.Accept)] = OrderStatus.Accepted,
        [(OrderStatus.Approved, OrderTrigger.Cancel)] = OrderStatus.Cancelled,
        [(OrderStatus.Accepted, OrderTrigger.Ship)] = OrderStatus.Shipped,
        [(OrderStatus.Accepted, OrderTrigger.Cancel)] = OrderStatus.Cancelled,
        [(OrderStatus.Shipped, OrderTrigger.ConfirmReceipt)] = OrderStatus.Delivered,
        [(OrderStatus.Delivered, OrderTrigger.Close)] = OrderStatus.Closed,
    };

    public static TheoryData<OrderStatus, OrderTrigger> LegalMoves()
    {
        var data = new TheoryData<OrderStatus, OrderTrigger>();
        foreach (var (from, trigger) in Legal.Keys)
        {
            data.Add(from, trigger);
        }

        return data;
    }

    public static TheoryData<OrderStatus, OrderTrigger> IllegalMoves()
    {
        var data = new TheoryData<OrderStatus, OrderTrigger>();
        foreach (var from in Enum.GetValues<OrderStatus>())
        {
            foreach (var trigger in Enum.GetValues<OrderTrigger>().Where(t => !Legal.ContainsKey((from, t))))
            {
                data.Add(from, trigger);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(LegalMoves))]
    public void LegalMove_LandsInTheExpectedStatus(OrderStatus from, OrderTrigger trigger)
    {
        var order = OrderIn(from);

        Fire(order, trigger);

        Assert.Equal(Legal[(from, trigger)], order.Status);
    }

    [Theory]
    [MemberData(nameof(IllegalMoves))]
    public void IllegalMove_IsRefused_AndNothingChanges(OrderStatus from, OrderTrigger trigger)
    {
        var order = OrderIn(from);
        var total = order.TotalMinor;

        var error = Assert.Throws<InvalidTransitionException>(() => Fire(order, trigger));

        Assert.Equal(from.ToString(), error.FromState);
        Assert.Equal(from, order.Status);
        Assert.Equal(total, order.TotalMinor);
    }

    [Fact]
    public void CreatorOrSubmitter_CannotApprove_FourEyes()
    {
        var order = OrderIn(OrderStatus.PendingApproval);

        Assert.Equal("four-eyes", Assert.Throws<BusinessRuleException>(() => order.Approve(Creator, null, TestData.Now)).Code);
        Assert.Equal(OrderStatus.PendingApproval, order.Status);
        order.Approve("approver-2", "fine", TestData.Now);
        Assert.Equal("approver-2", order.ApprovedBy);
    }

    [Fact]
    public void Lines_ArePricedWithDiscount_AndALineWithoutAValidPriceCountsZero()
    {
        var order = Order.CreateDraft(Guid.NewGuid(), OrderType.Parts, TestData.Dealer(), "PO-1", TestData.Now,
            [new OrderLineDraft("PN-2002", 10, 80_00, 10m, 10, 15m), new OrderLineDraft("EV-S", 1, null, 0m, 1, 0m)], Creator, TestData.Now);

        Assert.Equal(720_00, order.TotalMinor);
        Assert.Equal(11, order.TotalQuantity);
        Assert.Equal(0, order.Lines[1].AmountMinor);
        Assert.StartsWith("OR-", order.Number, StringComparison.Ordinal);
    }

    [Fact]
    public void HoldForApprover_HoldsOnce_ThenOnlyRefreshesTheReason()
    {
        var order = OrderIn(OrderStatus.CreditBlocked);
        order.HoldForApprover("NOA", "nobody", TestData.Now);
        Assert.Equal((OrderStatus.OnHold, "NOA", "nobody"), (order.Status, order.HoldReasonCode, order.DecisionComment));

        order.HoldForApprover("NOA", "still nobody", TestData.Now.AddHours(1));
        Assert.Equal((OrderStatus.OnHold, "still nobody"), (order.Status, order.DecisionComment));
        Assert.Throws<InvalidTransitionException>(() => OrderIn(OrderStatus.Approved).HoldForApprover("NOA", "late", TestData.Now));
    }

    [Fact]
    public void OnlyApprovedAndLaterOpenStatuses_CountAsOpenOrders()
    {
        Assert.False(OrderIn(OrderStatus.CreditBlocked).CountsAsOpenOrder);
        Assert.False(OrderIn(OrderStatus.OnHold).CountsAsOpenOrder);
        Assert.True(OrderIn(OrderStatus.PendingApproval).CountsAsOpenOrder);
        Assert.True(OrderIn(OrderStatus.Accepted).CountsAsOpenOrder);
        Assert.False(OrderIn(OrderStatus.Shipped).CountsAsOpenOrder);
    }

    [Fact]
    public void EmptyOrInvalidLines_AreRefused()
    {
        Assert.Throws<BusinessRuleException>(() => Order.CreateDraft(Guid.NewGuid(), OrderType.Parts, TestData.Dealer(), "PO-2", TestData.Now, [], Creator, TestData.Now));
        Assert.Throws<BusinessRuleException>(() => Order.CreateDraft(Guid.NewGuid(), OrderType.Parts, TestData.Dealer(), "PO-3", TestData.Now, [new OrderLineDraft("PN-2002", 0, 80_00, 0m, 1, 0m)], Creator, TestData.Now));
    }

    private static IReadOnlyCollection<OrderLineDraft> Lines() => [new OrderLineDraft("SEDAN-A", 2, 150_000_00, 0m, 1, 5m)];

    internal static Order OrderIn(OrderStatus status)
    {
        var now = TestData.Now;
        var order = Order.CreateDraft(Guid.NewGuid(), OrderType.Vehicle, TestData.Dealer(), "VO-1", now, Lines(), Creator, now);
        switch (status)
        {
            case OrderStatus.Draft:
                break;
            case OrderStatus.Cancelled:
                order.Cancel(null, now);
                break;
            default:
                order.Submit(Creator, now);
                Advance(order, status, now);
                break;
        }

        Assert.Equal(status, order.Status);
        return order;
    }

    private static void Advance(Order order, OrderStatus status, DateTime now)
    {
        switch (status)
        {
            case OrderStatus.Submitted:
                return;
            case OrderStatus.OnHold:
                order.Hold("PNV", null, now);
                return;
            case OrderStatus.Adjusted:
                order.Hold("PNV", null, now);
                order.Adjust(now, Lines(), now);
                return;
            case OrderStatus.CreditBlocked:
                order.CreditBlock("CLE", now);
                return;
            case OrderStatus.Rejected:
                order.Reject("X", null, now);
                return;
        }

        order.RouteToApproval(now);
        if (status == OrderStatus.PendingApproval)
        {
            return;
        }

        order.Approve("approver-2", null, now);
        OrderStatus[] chain = [OrderStatus.Accepted, OrderStatus.Shipped, OrderStatus.Delivered, OrderStatus.Closed];
        Action<DateTime>[] steps = [order.Accept, order.Ship, order.ConfirmReceipt, order.Close];
        for (var i = 0; i < chain.Length && order.Status != status; i++)
        {
            steps[i](now);
        }
    }

    private static void Fire(Order order, OrderTrigger trigger)
    {
        var now = TestData.Now;
        switch (trigger)
        {
            case OrderTrigger.Maintain: order.Maintain(now, Lines(), now); break;
            case OrderTrigger.Submit: order.Submit("submitter", now); break;
            case OrderTrigger.Hold: order.Hold("PNV", null, now); break;
            case OrderTrigger.Adjust: order.Adjust(now, Lines(), now); break;
            case OrderTrigger.CreditBlock: order.CreditBlock("CLE", now); break;
            case OrderTrigger.RouteToApproval: order.RouteToApproval(now); break;
            case OrderTrigger.Approve: order.Approve("approver-2", null, now); break;
            case OrderTrigger.Reject: order.Reject("X", null, now); break;
            case OrderTrigger.Accept: order.Accept(now); break;
            case OrderTrigger.Ship: order.Ship(now); break;
            case OrderTrigger.ConfirmReceipt: order.ConfirmReceipt(now); break;
            case OrderTrigger.Close: order.Close(now); break;
            case OrderTrigger.Cancel: order.Cancel(null, now); break;
            default: throw new ArgumentOutOfRangeException(nameof(trigger));
        }
    }
}
