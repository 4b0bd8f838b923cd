using WorkflowDms.Domain.Errors;
using WorkflowDms.Domain.Organisation;

namespace WorkflowDms.Domain.Orders;

/// <summary>
/// One row of the delegation-of-authority matrix (O-15): members of <see cref="Group"/> working at an org
/// node of kind <see cref="OrgLevel"/> may approve orders of <see cref="OrderType"/> up to
/// <see cref="MaxAmountMinor"/>. An order goes to the row with the smallest limit that covers it.
/// </summary>
public class ApprovalAuthority
{
    private ApprovalAuthority()
    {
        Group = "";
    }

    public Guid Id { get; private set; }

    public OrderType OrderType { get; private set; }

    public string Group { get; private set; }

    public OrgNodeKind OrgLevel { get; private set; }

    public long MaxAmountMinor { get; private set; }

    public static ApprovalAuthority Create(Guid id, OrderType type, string group, OrgNodeKind level, long maxAmountMinor)
    {
        if (string.IsNullOrWhiteSpace(group) || maxAmountMinor <= 0)
        {
            throw new BusinessRuleException("invalid-authority", "A delegation-of-authority row needs a group and a positive limit.");
        }

        return new ApprovalAuthority { Id = id, OrderType = type, Group = group, OrgLevel = level, MaxAmountMinor = maxAmountMinor };
    }
}
