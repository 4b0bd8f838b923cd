using WorkflowDms.Domain.Credit;
using WorkflowDms.Domain.Orders;
using WorkflowDms.Domain.Tests.Lifecycles;

namespace WorkflowDms.Domain.Tests.Orders;

/// <summary>
/// docs/lifecycles/order.mmd and credit.mmd must be what Stateless exports from the code. Regenerate with
/// <c>WORKFLOWDMS_UPDATE_LIFECYCLES=1 dotnet test --project tests/WorkflowDms.Domain.Tests</c>.
/// </summary>
public class OrderDiagramTests
{
    [Fact]
    public void OrderDiagram_MatchesTheCommittedFile() => CommittedDiagram.AssertMatches("order.mmd", Order.LifecycleAsMermaid());

    [Fact]
    public void CreditLimitRequestDiagram_MatchesTheCommittedFile() => CommittedDiagram.AssertMatches("credit.mmd", CreditLimitRequest.LifecycleAsMermaid());

    [Fact]
    public void OrderDiagram_ShowsEveryStatus() =>
        Assert.All(Enum.GetNames<OrderStatus>(), name => Assert.Contains(name, Order.LifecycleAsMermaid(), StringComparison.Ordinal));
}
